package io.escapement.searchhistory.web;

import io.escapement.searchhistory.SearchHistory;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** "My searches" in account settings (U-3): view, search again, delete one, clear all. */
@Controller
class SearchHistoryPage {

    private static final String VIEW = "account/searches";

    private final SearchHistory history;

    SearchHistoryPage(SearchHistory history) {
        this.history = history;
    }

    @GetMapping("/account/searches")
    ModelAndView page(Authentication buyer) {
        return page(buyer, HttpStatus.OK, null);
    }

    @PostMapping("/account/searches/{id}/delete")
    ModelAndView delete(Authentication buyer, @PathVariable String id) {
        UUID entry;
        try {
            entry = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return page(buyer, HttpStatus.BAD_REQUEST, "searches.badEntry");
        }
        if (!history.delete(SubjectId.ofBuyer(buyer), entry)) {
            return page(buyer, HttpStatus.NOT_FOUND, "searches.noEntry");
        }
        return new ModelAndView("redirect:/account/searches?deleted");
    }

    @PostMapping("/account/searches/clear")
    String clear(Authentication buyer) {
        history.clear(SubjectId.ofBuyer(buyer));
        return "redirect:/account/searches?cleared";
    }

    private ModelAndView page(Authentication buyer, HttpStatus status, @Nullable String problem) {
        var page = new ModelAndView(VIEW, status);
        page.addObject(
                "entries",
                history.entries(SubjectId.ofBuyer(buyer)).stream()
                        .map(entry -> new Row(entry.id(), entry.query().text(), entry.searchedAt()))
                        .toList());
        if (problem != null) {
            page.addObject("problem", problem);
        }
        return page;
    }

    /** One search as the page shows it; the page shows its time in Beijing time. */
    record Row(UUID id, String query, Instant when) {}
}
