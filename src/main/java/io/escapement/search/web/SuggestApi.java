package io.escapement.search.web;

import io.escapement.search.ListingSearch;
import io.escapement.search.Suggestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Autocomplete for the search box of the storefront and the apps. */
@RestController
@RequestMapping(path = "/api/v1/search", produces = "application/json")
@Tag(name = "Search", description = "Autocomplete")
class SuggestApi {

    private final ListingSearch search;

    SuggestApi(ListingSearch search) {
        this.search = search;
    }

    record Suggestions(String query, List<Suggestion> suggestions) {}

    @GetMapping("/suggest")
    @Operation(
            summary = "Brands, models, nicknames and reference numbers starting with what was typed",
            description = "Brands come first; at most 10 suggestions. Anything may be typed: text that"
                    + " matches nothing gives an empty list.")
    Suggestions suggest(@RequestParam(defaultValue = "") String q) {
        return new Suggestions(q, search.suggest(q, ListingSearch.MAX_SUGGESTIONS));
    }
}
