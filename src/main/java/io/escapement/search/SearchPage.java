package io.escapement.search;

import io.escapement.catalog.ListingPage;
import io.escapement.search.spi.SearchEngine.Facets;
import java.util.List;

/**
 * One page of found listings, loaded from the catalog, the facet counts of all matches, and the
 * filters understood in the text and applied (empty when none).
 */
public record SearchPage(ListingPage page, Facets facets, List<UnderstoodFilter> understood) {

    public SearchPage {
        understood = List.copyOf(understood);
    }
}
