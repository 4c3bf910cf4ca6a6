package io.escapement.account.web;

import io.escapement.audit.DataAccessHistory;
import io.escapement.vault.SubjectId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Who accessed my data" (U-1): staff accesses by role and case, and shares with partners. */
@Controller
class AccessHistoryPage {

    private final DataAccessHistory history;

    AccessHistoryPage(DataAccessHistory history) {
        this.history = history;
    }

    @GetMapping("/account/accesses")
    String page(Authentication buyer, Model model) {
        model.addAttribute("accesses", history.of(SubjectId.ofBuyer(buyer)));
        return "account/accesses";
    }
}
