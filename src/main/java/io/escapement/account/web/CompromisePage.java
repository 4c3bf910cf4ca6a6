package io.escapement.account.web;

import io.escapement.account.CompromiseReports;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The buyer reports a possible compromise of the account or its data (P-11). */
@Controller
class CompromisePage {

    private final CompromiseReports reports;

    CompromisePage(CompromiseReports reports) {
        this.reports = reports;
    }

    @GetMapping("/account/compromised")
    String page() {
        return "account/compromised";
    }

    @PostMapping("/account/compromised")
    String report(Authentication buyer, HttpServletRequest request, Model model) {
        model.addAttribute("caseId", reports.report(SubjectId.ofBuyer(buyer)));
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "account/compromised";
    }
}
