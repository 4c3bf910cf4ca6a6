package io.escapement.aftersales.web;

import io.escapement.aftersales.OpenReturn;
import io.escapement.aftersales.ReturnCase;
import io.escapement.aftersales.ReturnCaseId;
import io.escapement.aftersales.Returns;
import io.escapement.language.WordedRefusal;
import io.escapement.order.OrderNumber;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The buyer's returns in the account (ADR 48): the form to return a delivered order with a reason,
 * the declaration and photos, and each case with what the buyer may do next: escalate a refusal,
 * book the return pickup, withdraw, dispute. Refusals are shown as readable messages on the page.
 */
@Controller
class BuyerReturnPages {

    private static final String CASE = "aftersales/return";
    private static final String FORM = "aftersales/return-form";

    private final Returns returns;
    private final MessageSource messages;

    BuyerReturnPages(Returns returns, MessageSource messages) {
        this.returns = returns;
        this.messages = messages;
    }

    @GetMapping("/account/returns")
    String list(Authentication buyer, Model model) {
        model.addAttribute("cases", returns.ofBuyer(SubjectId.ofBuyer(buyer)));
        return "aftersales/returns";
    }

    @GetMapping("/account/returns/new")
    String form(@RequestParam(defaultValue = "") String order, Model model) {
        return form(order, "", model);
    }

    @PostMapping("/account/returns")
    String open(
            Authentication buyer,
            @RequestParam(defaultValue = "") String order,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean declaration,
            @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var uploads = new ArrayList<byte[]>();
        for (var photo : photos == null ? List.<MultipartFile>of() : photos) {
            if (!photo.isEmpty()) {
                uploads.add(photo.getBytes());
            }
        }
        try {
            if (uploads.size() > Returns.MAX_PHOTOS) {
                throw new WordedRefusal("aftersales.tooManyPhotos", Returns.MAX_PHOTOS);
            }
            var number = OrderNumber.parse(order)
                    .orElseThrow(() -> new WordedRefusal(HttpStatus.NOT_FOUND, "aftersales.notFound"));
            var opened = returns.open(SubjectId.ofBuyer(buyer), number, new OpenReturn(reason, declaration, uploads));
            return "redirect:/account/returns/" + opened.id().value();
        } catch (WordedRefusal refused) {
            ReturnForms.refused(refused, messages, locale, model, response);
            return form(order, reason, model);
        }
    }

    @GetMapping("/account/returns/{id}")
    String one(Authentication buyer, @PathVariable String id, Model model, HttpServletResponse response) {
        var found = CaseIds.parse(id).flatMap(parsed -> returns.ofBuyer(SubjectId.ofBuyer(buyer), parsed));
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "aftersales.notFound");
            return CASE;
        }
        return show(found.get(), model);
    }

    @PostMapping("/account/returns/{id}/escalate")
    String escalate(
            Authentication buyer, @PathVariable String id, Locale locale, Model model, HttpServletResponse response) {
        return act(buyer, id, locale, model, response, returns::escalate);
    }

    @PostMapping("/account/returns/{id}/pickup")
    String pickup(
            Authentication buyer, @PathVariable String id, Locale locale, Model model, HttpServletResponse response) {
        return act(buyer, id, locale, model, response, returns::bookReturn);
    }

    @PostMapping("/account/returns/{id}/withdraw")
    String withdraw(
            Authentication buyer, @PathVariable String id, Locale locale, Model model, HttpServletResponse response) {
        return act(buyer, id, locale, model, response, returns::withdraw);
    }

    @PostMapping("/account/returns/{id}/dispute")
    String dispute(
            Authentication buyer,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(
                buyer,
                id,
                locale,
                model,
                response,
                (subject, parsed) -> returns.disputeAsBuyer(subject, parsed, reason));
    }

    private String act(
            Authentication authentication,
            String id,
            Locale locale,
            Model model,
            HttpServletResponse response,
            BiFunction<SubjectId, ReturnCaseId, ReturnCase> move) {
        var buyer = SubjectId.ofBuyer(authentication);
        var found = CaseIds.parse(id).flatMap(parsed -> returns.ofBuyer(buyer, parsed));
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "aftersales.notFound");
            return CASE;
        }
        try {
            move.apply(buyer, found.get().id());
        } catch (WordedRefusal refused) {
            ReturnForms.refused(refused, messages, locale, model, response);
            return show(returns.ofBuyer(buyer, found.get().id()).orElseThrow(), model);
        }
        return "redirect:/account/returns/" + found.get().id().value();
    }

    private String form(String order, String reason, Model model) {
        model.addAttribute("order", order);
        model.addAttribute("reason", reason);
        model.addAttribute("maxText", ReturnCase.MAX_TEXT);
        model.addAttribute("maxPhotos", Returns.MAX_PHOTOS);
        return FORM;
    }

    private String show(ReturnCase c, Model model) {
        model.addAttribute("returnCase", c);
        model.addAttribute("maxText", ReturnCase.MAX_TEXT);
        return CASE;
    }
}
