package io.escapement.aftersales.web;

import io.escapement.account.BuyerLookup;
import io.escapement.aftersales.ReturnCase;
import io.escapement.aftersales.ReturnCaseId;
import io.escapement.aftersales.Returns;
import io.escapement.language.WordedRefusal;
import io.escapement.staff.StaffMember;
import io.escapement.vault.AccessDenied;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Customer service's after-sales cases in the console (ADR 48, P-4, P-5): the queue, escalated and
 * disputed cases first, and each case with its buyer masked, read through the customer-service
 * look-up on the case's reference ({@code RC-42}), so every field shown is audited; a field is
 * shown in full only with a reason, audited as an unmasking. Customer service decides escalations
 * and disputes, and may refund on a dispute.
 */
@Controller
class ReturnConsole {

    private static final String PAGE = "aftersales/console-return";

    private final Returns returns;
    private final BuyerLookup lookup;
    private final MessageSource messages;

    ReturnConsole(Returns returns, BuyerLookup lookup, MessageSource messages) {
        this.returns = returns;
        this.lookup = lookup;
        this.messages = messages;
    }

    @GetMapping("/console/customers/returns")
    String queue(Model model) {
        model.addAttribute("cases", returns.queue());
        return "aftersales/console-returns";
    }

    @GetMapping("/console/customers/returns/{id}")
    String one(@PathVariable String id, Authentication authentication, Model model, HttpServletResponse response) {
        return found(id).map(c -> show(c, authentication, model)).orElseGet(() -> notFound(model, response));
    }

    @PostMapping("/console/customers/returns/{id}/unmask")
    String unmask(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String field,
            @RequestParam(defaultValue = "") String reason,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        var found = found(id);
        if (found.isEmpty()) {
            return notFound(model, response);
        }
        var c = found.get();
        var wanted = Arrays.stream(BuyerLookup.Field.values())
                .filter(candidate -> candidate.name().equals(field))
                .findFirst();
        if (wanted.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "aftersales.console.chooseField");
            return show(c, authentication, model);
        }
        try {
            var value = lookup.unmask(c.buyer(), wanted.get(), staff(authentication, c), reason);
            model.addAttribute("revealedField", wanted.get());
            model.addAttribute("revealed", value.orElse(null));
            model.addAttribute("reason", reason.strip());
        } catch (BuyerLookup.Refused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problemText", refused.getMessage());
        } catch (AccessDenied denied) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("problemText", denied.getMessage());
        }
        return show(c, authentication, model);
    }

    @PostMapping("/console/customers/returns/{id}/decide")
    String decide(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, authentication, locale, model, response, c -> {
            if (!decision.equals("accept") && !decision.equals("uphold")) {
                throw new WordedRefusal("aftersales.chooseDecision");
            }
            return returns.decide(c, decision.equals("accept"), note);
        });
    }

    @PostMapping("/console/customers/returns/{id}/resolve")
    String resolve(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String note,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, authentication, locale, model, response, c -> returns.resolveDispute(c, note));
    }

    @PostMapping("/console/customers/returns/{id}/refund")
    String refund(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String amount,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, authentication, locale, model, response, c -> returns.refund(null, c, ReturnForms.yuan(amount)));
    }

    private String act(
            String id,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response,
            Function<ReturnCaseId, ReturnCase> decision) {
        var found = found(id);
        if (found.isEmpty()) {
            return notFound(model, response);
        }
        try {
            decision.apply(found.get().id());
        } catch (WordedRefusal refused) {
            ReturnForms.refused(refused, messages, locale, model, response);
            return show(returns.find(found.get().id()).orElseThrow(), authentication, model);
        }
        return "redirect:/console/customers/returns/" + found.get().id().value();
    }

    private Optional<ReturnCase> found(String id) {
        return CaseIds.parse(id).flatMap(returns::find);
    }

    private String show(ReturnCase c, Authentication authentication, Model model) {
        model.addAttribute("returnCase", c);
        model.addAttribute("card", lookup.card(c.buyer(), staff(authentication, c)));
        model.addAttribute("maxReason", BuyerLookup.MAX_REASON);
        model.addAttribute("maxText", ReturnCase.MAX_TEXT);
        return PAGE;
    }

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("problem", "aftersales.notFound");
        return PAGE;
    }

    /** The staff member on this case: the case's reference is the audit trail's case reference. */
    private static io.escapement.vault.Accessor staff(Authentication authentication, ReturnCase c) {
        return BuyerLookup.onCase(StaffMember.of(authentication).orElseThrow().handle(), c.id().reference());
    }
}
