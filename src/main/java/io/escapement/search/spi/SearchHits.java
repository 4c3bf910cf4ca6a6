package io.escapement.search.spi;

import io.escapement.catalog.ListingId;
import java.util.List;

/** Ids of one page of matches, in order, the number of all matches and the facet counts. */
public record SearchHits(List<ListingId> ids, long total, SearchEngine.Facets facets) {

    public SearchHits {
        ids = List.copyOf(ids);
    }
}
