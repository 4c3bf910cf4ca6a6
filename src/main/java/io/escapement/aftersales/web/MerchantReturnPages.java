package io.escapement.aftersales.web;

import io.escapement.aftersales.ReturnCase;
import io.escapement.aftersales.ReturnCaseId;
import io.escapement.aftersales.Returns;
import io.escapement.language.WordedRefusal;
import io.escapement.party.MerchantId;
import io.escapement.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The merchant's returns in its portal (ADR 48): the cases of its own orders, each with the buyer's
 * reason and photos, and the decisions it may take: accept, refuse with a reason the buyer sees,
 * record the inspection, refund in full or in part, close, dispute. Another merchant's case and a
 * number that is no case are "not found"; a decision the case's state does not allow, or one
 * submitted twice, is shown as a readable message and changes nothing.
 */
@Controller
class MerchantReturnPages {

    private static final String PAGE = "aftersales/merchant-return";

    private final Returns returns;
    private final MessageSource messages;

    MerchantReturnPages(Returns returns, MessageSource messages) {
        this.returns = returns;
        this.messages = messages;
    }

    @GetMapping("/merchant/returns")
    String list(Authentication authentication, Model model) {
        model.addAttribute("cases", returns.ofMerchant(merchantOf(authentication)));
        return "aftersales/merchant-returns";
    }

    @GetMapping("/merchant/returns/{id}")
    String one(
            @PathVariable String id,
            @RequestParam(required = false) String done,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        var found = CaseIds.parse(id).flatMap(parsed -> returns.ofMerchant(merchantOf(authentication), parsed));
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "aftersales.notFound");
            return PAGE;
        }
        if (done != null && done.matches("[a-z]{1,20}")) {
            model.addAttribute("done", "aftersales.done." + done);
        }
        return show(found.get(), model);
    }

    /** One of the case's photos; {@code photo} is its place, 0 to 5. */
    @GetMapping("/merchant/returns/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String photo, Authentication authentication) {
        var merchant = merchantOf(authentication);
        return CaseIds.parse(id)
                .flatMap(parsed -> returns.ofMerchant(merchant, parsed))
                .filter(c -> photo.matches("[0-5]"))
                .flatMap(c -> returns.photo(c.id(), Integer.parseInt(photo)))
                .map(jpeg ->
                        ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(jpeg))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/merchant/returns/{id}/accept")
    String accept(
            @PathVariable String id,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return decide(id, "accepted", authentication, locale, model, response, returns::accept);
    }

    @PostMapping("/merchant/returns/{id}/refuse")
    String refuse(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return decide(
                id,
                "refused",
                authentication,
                locale,
                model,
                response,
                (merchant, parsed) -> returns.refuse(merchant, parsed, reason));
    }

    @PostMapping("/merchant/returns/{id}/inspect")
    String inspect(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String result,
            @RequestParam(defaultValue = "") String note,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return decide(
                id,
                "inspected",
                authentication,
                locale,
                model,
                response,
                (merchant, parsed) -> returns.inspect(merchant, parsed, ReturnForms.inspection(result), note));
    }

    @PostMapping("/merchant/returns/{id}/refund")
    String refund(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String amount,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return decide(
                id,
                "refunded",
                authentication,
                locale,
                model,
                response,
                (merchant, parsed) -> returns.refund(merchant, parsed, ReturnForms.yuan(amount)));
    }

    @PostMapping("/merchant/returns/{id}/close")
    String close(
            @PathVariable String id,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return decide(id, "closed", authentication, locale, model, response, returns::close);
    }

    @PostMapping("/merchant/returns/{id}/dispute")
    String dispute(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return decide(
                id,
                "disputed",
                authentication,
                locale,
                model,
                response,
                (merchant, parsed) -> returns.disputeAsMerchant(merchant, parsed, reason));
    }

    private String decide(
            String id,
            String done,
            Authentication authentication,
            Locale locale,
            Model model,
            HttpServletResponse response,
            BiFunction<MerchantId, ReturnCaseId, ReturnCase> decision) {
        var merchant = merchantOf(authentication);
        var parsed = CaseIds.parse(id);
        if (parsed.isEmpty() || returns.ofMerchant(merchant, parsed.get()).isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "aftersales.notFound");
            return PAGE;
        }
        try {
            decision.apply(merchant, parsed.get());
        } catch (WordedRefusal refused) {
            ReturnForms.refused(refused, messages, locale, model, response);
            return show(returns.ofMerchant(merchant, parsed.get()).orElseThrow(), model);
        }
        return "redirect:/merchant/returns/" + parsed.get().value() + "?done=" + done;
    }

    private String show(ReturnCase c, Model model) {
        model.addAttribute("returnCase", c);
        model.addAttribute("photos", returns.photos(c.id()));
        model.addAttribute("maxText", ReturnCase.MAX_TEXT);
        return PAGE;
    }

    private static MerchantId merchantOf(Authentication authentication) {
        return StaffMember.of(authentication)
                .map(StaffMember::merchantId)
                .orElseThrow(() -> new IllegalStateException("The merchant portal is for merchant staff"));
    }
}
