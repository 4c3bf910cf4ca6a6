package io.escapement.storefront.api;

import io.escapement.search.ListingSearch;
import io.escapement.search.Suggestion;
import io.escapement.searchhistory.PopularSearches;
import io.escapement.searchhistory.SearchHistory;
import io.escapement.vault.SubjectId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Autocomplete for the search box of the storefront and the apps, composed from three sources: the
 * signed-in buyer's own earlier searches (re-entry, C-3, U-3), the catalogue's brands, models,
 * nicknames and references (with popularity breaking ties), and popular searches, which are
 * catalogue words only, shown once many distinct searchers used them (ADR 24). A buyer's history is read for that buyer's own request only, on
 * every request, so a deleted or cleared search is never offered again; it is never logged.
 */
@RestController
@RequestMapping(path = "/api/v1/search", produces = "application/json")
@Tag(name = "Search", description = "Autocomplete")
class SuggestApi {

    static final int MAX_HISTORY = 4;
    static final int MAX_POPULAR = 2;
    static final int MAX_RECENT = 5;

    private final ListingSearch search;
    private final SearchHistory history;
    private final PopularSearches popular;

    SuggestApi(ListingSearch search, SearchHistory history, PopularSearches popular) {
        this.search = search;
        this.history = history;
        this.popular = popular;
    }

    /** Where a suggestion comes from, so a client can mark the buyer's own searches. */
    enum Source {
        HISTORY,
        CATALOG,
        POPULAR
    }

    /**
     * One suggestion.
     *
     * @param kind what a catalogue suggestion names; {@code null} for the others
     * @param brand the brand slug of a catalogue suggestion; {@code null} for the others
     */
    record Suggested(
            String text,
            Source source,
            Suggestion.@Nullable Kind kind,
            @Nullable String brand) {

        static Suggested of(Suggestion suggestion) {
            return new Suggested(suggestion.text(), Source.CATALOG, suggestion.kind(), suggestion.brand());
        }

        static Suggested of(String text, Source source) {
            return new Suggested(text, source, null, null);
        }
    }

    record Suggestions(String query, List<Suggested> suggestions) {}

    @GetMapping("/suggest")
    @Operation(
            summary = "Your earlier searches, then brands, models, nicknames and reference numbers, then"
                    + " popular searches, matching what was typed",
            description = "At most " + ListingSearch.MAX_SUGGESTIONS + " suggestions, each with its source:"
                    + " HISTORY (a signed-in buyer's own searches starting with or containing the text, at most "
                    + MAX_HISTORY + "), CATALOG (brands first; Chinese names also match their pinyin, e.g. lsg"
                    + " for 绿水鬼) and POPULAR (popular searches starting with the text, at most " + MAX_POPULAR
                    + "). With nothing typed: a signed-in buyer's " + MAX_RECENT + " newest searches, or the "
                    + MAX_RECENT + " most popular searches. Anything may be typed: text that matches"
                    + " nothing gives an empty list.")
    Suggestions suggest(@RequestParam(defaultValue = "") String q, @Nullable Authentication authentication) {
        var buyer = SubjectId.buyer(authentication);
        if (q.isBlank()) {
            return new Suggestions(q, buyer.isPresent() ? mine(buyer.get(), q, MAX_RECENT) : popular(q, MAX_RECENT));
        }
        var seen = new HashSet<String>();
        var mine = unseen(buyer.map(subject -> mine(subject, q, MAX_HISTORY)).orElse(List.of()), seen);
        var catalog = unseen(byPopularity(search.suggest(q, ListingSearch.MAX_SUGGESTIONS)), seen);
        var others = unseen(popular(q, MAX_POPULAR), seen);
        var room = ListingSearch.MAX_SUGGESTIONS - mine.size() - others.size();
        return new Suggestions(
                q,
                Stream.of(mine, catalog.subList(0, Math.min(room, catalog.size())), others)
                        .flatMap(List::stream)
                        .toList());
    }

    private List<Suggested> mine(SubjectId buyer, String typed, int limit) {
        return history.matching(buyer, typed, limit).stream()
                .map(entry -> Suggested.of(entry.query().text(), Source.HISTORY))
                .toList();
    }

    private List<Suggested> popular(String typed, int limit) {
        return popular.startingWith(typed, limit).stream()
                .map(keyword -> Suggested.of(keyword.keyword(), Source.POPULAR))
                .toList();
    }

    /** The catalogue's order, with the more searched first among neighbours of the same kind. */
    private List<Suggested> byPopularity(List<Suggestion> suggestions) {
        var ordered = new ArrayList<Suggested>();
        var run = new ArrayList<Suggested>();
        for (var suggestion : suggestions) {
            if (!run.isEmpty() && run.get(0).kind() != suggestion.kind()) {
                ordered.addAll(popularFirst(run));
                run.clear();
            }
            run.add(Suggested.of(suggestion));
        }
        ordered.addAll(popularFirst(run));
        return ordered;
    }

    private List<Suggested> popularFirst(List<Suggested> run) {
        return run.stream()
                .sorted(Comparator.comparingLong((Suggested s) -> popular.searchers(s.text()))
                        .reversed())
                .toList();
    }

    /** Those whose text was not offered yet, in lower case; adds them to {@code seen}. */
    private static List<Suggested> unseen(List<Suggested> suggestions, Set<String> seen) {
        return suggestions.stream()
                .filter(suggested -> seen.add(key(suggested.text())))
                .toList();
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
