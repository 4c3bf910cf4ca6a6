package io.escapement.account.web;

import io.escapement.account.spi.AccountOverview;
import io.escapement.vault.SubjectId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The account's front page, led by what a shopper looks for: orders by state, the cart and the
 * addresses with their counts (from the modules that own them, through {@link AccountOverview}),
 * then profile, security and privacy.
 */
@Controller
class AccountHub {

    private final List<AccountOverview> overviews;

    AccountHub(List<AccountOverview> overviews) {
        this.overviews = overviews.stream()
                .sorted(Comparator.comparingInt(AccountOverview::position))
                .toList();
    }

    @GetMapping("/account")
    String hub(Authentication buyer, Model model) {
        var subject = SubjectId.ofBuyer(buyer);
        var byTitle = new LinkedHashMap<String, List<AccountOverview.Link>>();
        for (var overview : overviews) {
            var section = overview.section(subject);
            byTitle.computeIfAbsent(section.title(), title -> new ArrayList<>()).addAll(section.links());
        }
        model.addAttribute(
                "sections",
                byTitle.entrySet().stream()
                        .map(entry -> new AccountOverview.Section(entry.getKey(), entry.getValue()))
                        .toList());
        return "account/index";
    }
}
