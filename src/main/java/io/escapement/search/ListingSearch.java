package io.escapement.search;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingPage;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.PageSpec;
import io.escapement.search.spi.Availability;
import io.escapement.search.spi.SearchEngine;
import io.escapement.search.spi.SearchRequest;
import java.util.List;
import org.springframework.stereotype.Service;

/** Searches listings the way collectors talk, with the grid's filters, facets, sort and pages. */
@Service
public class ListingSearch {

    public static final int MAX_SUGGESTIONS = 10;
    static final int MAX_TYPED = 100;

    private final Catalog catalog;
    private final SearchEngine engine;
    private final WatchVocabulary vocabulary;

    ListingSearch(Catalog catalog, SearchEngine engine, WatchVocabulary vocabulary) {
        this.catalog = catalog;
        this.engine = engine;
        this.vocabulary = vocabulary;
    }

    /**
     * One page of listings matching {@code text} (blank for all) and {@code filter}.
     *
     * @throws io.escapement.catalog.InvalidListingQuery when the filter names an unknown brand or
     *     reference
     */
    public SearchPage search(
            String text, ListingFilter filter, Availability availability, ListingSort sort, PageSpec page) {
        catalog.requireKnown(filter);
        var hits = engine.search(new SearchRequest(text, filter, availability, sort, page));
        return new SearchPage(
                new ListingPage(catalog.listings(hits.ids()), page.page(), page.size(), hits.total()), hits.facets());
    }

    /** Cities that have at least one listing on sale. */
    public List<String> cities() {
        return engine.cities();
    }

    /**
     * Brands, models, nicknames and references starting with what was typed, brands first, then
     * Chinese names whose pinyin starts with it ({@code lsg} for 绿水鬼).
     */
    public List<Suggestion> suggest(String typed, int limit) {
        var cut = typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) : typed;
        return vocabulary.suggest(cut, Math.max(1, Math.min(limit, MAX_SUGGESTIONS)));
    }
}
