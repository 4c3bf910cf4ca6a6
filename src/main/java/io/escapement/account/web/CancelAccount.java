package io.escapement.account.web;

import io.escapement.account.closing.Cancellation;
import io.escapement.privacy.China;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Self-service cancellation with its published conditions (U-11) and the regret period. */
@Controller
class CancelAccount {

    private static final ZoneId CHINA = China.TIME_ZONE;

    private final Cancellation cancellation;

    CancelAccount(Cancellation cancellation) {
        this.cancellation = cancellation;
    }

    @GetMapping("/account/cancel")
    String page(Authentication buyer, Model model) {
        model.addAttribute("blockers", cancellation.blockers(subject(buyer)));
        return "account/cancel";
    }

    @PostMapping("/account/cancel")
    String cancel(
            Authentication buyer,
            @RequestParam(defaultValue = "false") boolean waive,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var outcome = cancellation.cancel(subject(buyer), waive);
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        var purgeAfter = outcome.purgeAfter();
        model.addAttribute(
                "purgeOn",
                purgeAfter == null
                        ? null
                        : LocalDate.ofInstant(purgeAfter, CHINA).toString());
        if (outcome.repeated()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("repeated", true);
        }
        return "account/cancelled";
    }

    private static SubjectId subject(Authentication buyer) {
        return SubjectId.ofBuyer(buyer);
    }
}
