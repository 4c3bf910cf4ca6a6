package io.escapement.search.spi;

import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A listing search engine. Implementations keep only what search, facets and sort need; listings
 * themselves are loaded from the catalog by the ids returned.
 */
public interface SearchEngine {

    /** One page of matching listing ids, the number of all matches, and facet counts. */
    SearchHits search(SearchRequest request);

    /** Cities that have at least one listing on sale, in natural order. */
    List<String> cities();

    /**
     * Adds or replaces these listings (removing those neither on sale nor sold); visible to
     * searches and durable when this returns. A listing a buyer holds is found by no search until
     * its hold lapses, at the time of the search.
     */
    void upsert(Collection<Listing> listings);

    /** Removes these listings; invisible to searches when this returns. */
    void delete(Collection<ListingId> ids);

    /**
     * Replaces the whole index with these listings, recording the highest listing id they were read
     * up to (empty for an empty catalog).
     */
    void rebuild(Source listings, Optional<ListingId> latestListingId);

    /** Records that listings up to this id were handed over (kept when it is not higher). */
    void recordLatestListingId(ListingId id);

    /** Hands every listing to index to the sink, one at a time. */
    @FunctionalInterface
    interface Source {
        void forEach(Consumer<Listing> sink);
    }

    /** The highest listing id recorded; empty when there is no index yet. */
    Optional<ListingId> latestListingId();

    /** Number of listings in the index, in any availability. */
    long size();

    /** Facet buckets of a search. */
    record Facets(
            List<FacetCount> brands,
            List<FacetCount> priceBands,
            List<FacetCount> conditions,
            List<FacetCount> years,
            List<FacetCount> materials,
            List<FacetCount> diameters,
            List<FacetCount> boxAndPapers,
            List<FacetCount> cities) {

        public static final Facets NONE =
                new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
