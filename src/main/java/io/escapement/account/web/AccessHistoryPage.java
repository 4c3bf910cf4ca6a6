package io.escapement.account.web;

import io.escapement.audit.DataAccessHistory;
import io.escapement.sharing.SharingLedger;
import io.escapement.vault.SubjectId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Who accessed my data" (U-1): staff accesses by role and case, and, from the sharing ledger, who
 * outside the platform received which categories of the buyer's data, when and why (S-1).
 */
@Controller
class AccessHistoryPage {

    private final DataAccessHistory history;
    private final SharingLedger shares;

    AccessHistoryPage(DataAccessHistory history, SharingLedger shares) {
        this.history = history;
        this.shares = shares;
    }

    @GetMapping("/account/accesses")
    String page(Authentication buyer, Model model) {
        var subject = SubjectId.ofBuyer(buyer);
        model.addAttribute("accesses", history.of(subject));
        model.addAttribute("shares", shares.of(subject));
        return "account/accesses";
    }
}
