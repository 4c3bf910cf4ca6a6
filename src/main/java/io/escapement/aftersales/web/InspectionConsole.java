package io.escapement.aftersales.web;

import io.escapement.aftersales.Returns;
import io.escapement.language.WordedRefusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The platform's inspectors (INSPECTOR) record the inspection of watches returned to the platform
 * (ADR 48): the cases that arrived back, with the buyer's reason and no buyer data at all.
 */
@Controller
class InspectionConsole {

    private static final String PAGE = "aftersales/console-inspections";

    private final Returns returns;
    private final MessageSource messages;

    InspectionConsole(Returns returns, MessageSource messages) {
        this.returns = returns;
        this.messages = messages;
    }

    @GetMapping("/console/inspections")
    String queue(Model model) {
        model.addAttribute("cases", returns.awaitingInspection());
        return PAGE;
    }

    @PostMapping("/console/inspections/{id}")
    String inspect(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String result,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        var parsed = CaseIds.parse(id).filter(found -> returns.find(found).isPresent());
        try {
            if (parsed.isEmpty()) {
                throw new WordedRefusal(HttpStatus.NOT_FOUND, "aftersales.notFound");
            }
            returns.inspect(null, parsed.get(), ReturnForms.inspection(result), note);
        } catch (WordedRefusal refused) {
            ReturnForms.refused(refused, messages, locale, model, response);
            return queue(model);
        }
        return "redirect:/console/inspections";
    }
}
