package io.escapement.console;

import io.escapement.account.BuyerLookup;
import io.escapement.account.BuyerLookup.Field;
import io.escapement.staff.StaffMember;
import io.escapement.vault.AccessDenied;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Customer service looks a buyer up by mobile number on a case and sees them masked; a field is
 * shown in full with a reason (P-4). The number travels in the form's body, never in a URL that
 * access logs keep. Every read is audited by the vault (P-5).
 */
@Controller
class CustomerServiceConsole {

    private static final String PAGE = "console/customers";

    private final BuyerLookup lookup;

    CustomerServiceConsole(BuyerLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/console/customers")
    String page(Model model) {
        return limits(model);
    }

    @PostMapping("/console/customers/lookup")
    String find(
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String caseReference,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("caseReference", caseReference);
        try {
            var staff = BuyerLookup.onCase(handle(authentication), caseReference);
            model.addAttribute("searched", true);
            lookup.find(phone, staff).ifPresent(card -> model.addAttribute("card", card));
        } catch (BuyerLookup.Refused refused) {
            return refused(model, response, HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        return limits(model);
    }

    @PostMapping("/console/customers/unmask")
    String unmask(
            @RequestParam(defaultValue = "") String buyer,
            @RequestParam(defaultValue = "") String field,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String caseReference,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("caseReference", caseReference);
        var subject = subject(buyer);
        var wanted = Arrays.stream(Field.values())
                .filter(candidate -> candidate.name().equals(field))
                .findFirst();
        if (subject == null || wanted.isEmpty()) {
            return refused(model, response, HttpStatus.BAD_REQUEST, "Look the buyer up again, then choose a field.");
        }
        try {
            var staff = BuyerLookup.onCase(handle(authentication), caseReference);
            var value = lookup.unmask(subject, wanted.get(), staff, reason);
            model.addAttribute("revealedField", wanted.get());
            model.addAttribute("revealed", value.orElse(null));
            model.addAttribute("reason", reason.strip());
        } catch (BuyerLookup.Refused refused) {
            return refused(model, response, HttpStatus.BAD_REQUEST, refused.getMessage());
        } catch (AccessDenied denied) {
            return refused(model, response, HttpStatus.FORBIDDEN, denied.getMessage());
        }
        return limits(model);
    }

    private static String refused(Model model, HttpServletResponse response, HttpStatus status, String problem) {
        response.setStatus(status.value());
        model.addAttribute("problem", problem);
        return limits(model);
    }

    private static String limits(Model model) {
        model.addAttribute("maxCaseReference", BuyerLookup.MAX_CASE_REFERENCE);
        model.addAttribute("maxReason", BuyerLookup.MAX_REASON);
        return PAGE;
    }

    private static String handle(Authentication authentication) {
        return StaffMember.of(authentication).orElseThrow().handle();
    }

    private static @Nullable SubjectId subject(String buyer) {
        try {
            return new SubjectId(UUID.fromString(buyer));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
