package io.escapement.searchhistory.web;

import io.escapement.searchhistory.PopularSearches;
import io.escapement.searchhistory.SearchEntry;
import io.escapement.searchhistory.SearchHistory;
import io.escapement.vault.SubjectId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The signed-in buyer's search history (U-3), and popular searches for everyone. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Search history", description = "Your searches, and popular searches")
class SearchHistoryApi {

    static final int MAX_POPULAR = 50;

    private final SearchHistory history;
    private final PopularSearches popular;

    SearchHistoryApi(SearchHistory history, PopularSearches popular) {
        this.history = history;
        this.popular = popular;
    }

    @GetMapping("/me/searches")
    @Operation(summary = "My searches, newest first; each links to the search again")
    List<Entry> searches(Authentication buyer) {
        return history.entries(SubjectId.ofBuyer(buyer)).stream().map(Entry::of).toList();
    }

    @DeleteMapping("/me/searches/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of my searches")
    void delete(Authentication buyer, @PathVariable UUID id) {
        if (!history.delete(SubjectId.ofBuyer(buyer), id)) {
            throw problem(HttpStatus.NOT_FOUND, "searchHistory.api.noEntry", String.valueOf(id));
        }
    }

    @DeleteMapping("/me/searches")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Clear my search history")
    void clear(Authentication buyer) {
        history.clear(SubjectId.ofBuyer(buyer));
    }

    @GetMapping("/search/popular")
    @Operation(
            summary = "Popular searches: catalogue words that many distinct searchers used this week or last week",
            description = "Only brands, models, nicknames and reference numbers, in the catalogue's words;"
                    + " searchers is how many distinct people (signed-in buyers or sessions) used it in one week.")
    List<Popular> popular(@RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > MAX_POPULAR) {
            throw problem(HttpStatus.BAD_REQUEST, "searchHistory.api.limit", MAX_POPULAR);
        }
        return popular.top(limit).stream()
                .map(keyword -> new Popular(keyword.keyword(), keyword.searchers(), searchLink(keyword.keyword())))
                .toList();
    }

    /** A problem whose detail is the message {@code code}, in the client's language. */
    private static ErrorResponseException problem(HttpStatus status, String code, Object argument) {
        return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, code, new Object[] {argument});
    }

    static String searchLink(String query) {
        return UriComponentsBuilder.fromPath("/watches")
                .queryParam("q", query)
                .encode()
                .build()
                .toUriString();
    }

    record Entry(UUID id, String query, Instant searchedAt, String href) {
        static Entry of(SearchEntry entry) {
            return new Entry(
                    entry.id(),
                    entry.query().text(),
                    entry.searchedAt(),
                    searchLink(entry.query().text()));
        }
    }

    record Popular(String query, long searchers, String href) {}
}
