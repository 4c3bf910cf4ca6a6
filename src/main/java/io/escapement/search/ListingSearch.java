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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Searches listings the way collectors talk, with the grid's filters, facets, sort and pages. */
@Service
public class ListingSearch {

    public static final int MAX_SUGGESTIONS = 10;
    private static final Logger log = LoggerFactory.getLogger(ListingSearch.class);
    static final int MAX_TYPED = 100;

    private final Catalog catalog;
    private final SearchEngine engine;
    private final WatchVocabulary vocabulary;
    private final ApplicationEventPublisher events;

    ListingSearch(Catalog catalog, SearchEngine engine, WatchVocabulary vocabulary, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.engine = engine;
        this.vocabulary = vocabulary;
        this.events = events;
    }

    /**
     * One page of listings matching {@code text} (blank for all) and {@code filter}, for a search
     * nobody typed (a page's own listings): publishes nothing.
     *
     * @throws io.escapement.catalog.InvalidListingQuery when the filter names an unknown brand or
     *     reference
     */
    public SearchPage search(
            String text, ListingFilter filter, Availability availability, ListingSort sort, PageSpec page) {
        catalog.requireKnown(filter);
        var request = request(text, filter, availability, sort, page);
        var hits = engine.search(request.request());
        return new SearchPage(
                new ListingPage(catalog.listings(hits.ids()), page.page(), page.size(), hits.total()),
                hits.facets(),
                request.understood());
    }

    /**
     * The same search typed by {@code shopper}: once it has answered, publishes {@link
     * ListingsSearched} when the text is not blank, to synchronous listeners in this thread (search
     * history); a listener's failure does not fail the search and is logged without the query.
     *
     * @throws io.escapement.catalog.InvalidListingQuery as above, and then publishes nothing
     */
    public SearchPage search(
            String text,
            ListingFilter filter,
            Availability availability,
            ListingSort sort,
            PageSpec page,
            Shopper shopper) {
        var found = search(text, filter, availability, sort, page);
        if (!text.isBlank()) {
            try {
                events.publishEvent(new ListingsSearched(text, shopper));
            } catch (RuntimeException e) {
                log.warn("A listener of a search failed: {}", e.getClass().getName());
            }
        }
        return found;
    }

    /** A search request and what it understood: the filters said in words, and the text left to search. */
    record Understood(SearchRequest request, List<UnderstoodFilter> understood) {}

    /**
     * The request a shopper's text and filter make: the filters the words say ({@link QueryIntents})
     * narrow the filter, and only the other words are searched as text.
     */
    static Understood request(
            String text, ListingFilter filter, Availability availability, ListingSort sort, PageSpec page) {
        var reading = QueryIntents.read(text, filter);
        return new Understood(
                new SearchRequest(reading.remainder(), reading.filter(), availability, sort, page),
                reading.understood());
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
