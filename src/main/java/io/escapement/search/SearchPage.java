package io.escapement.search;

import io.escapement.catalog.ListingPage;
import io.escapement.search.spi.SearchEngine.Facets;

/** One page of found listings, loaded from the catalog, and the facet counts of all matches. */
public record SearchPage(ListingPage page, Facets facets) {}
