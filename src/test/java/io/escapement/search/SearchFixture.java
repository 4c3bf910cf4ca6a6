package io.escapement.search;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.PageSpec;
import io.escapement.party.MerchantId;
import io.escapement.search.spi.Availability;
import io.escapement.search.spi.SearchHits;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A deterministic catalog in an engine of its own: one listing on sale per reference. */
final class SearchFixture {

    static final List<String> CITIES = List.of("上海", "北京", "深圳", "广州");

    final Catalog catalog;
    final LuceneSearchEngine engine;
    final List<Listing> listings = new ArrayList<>();

    SearchFixture(Catalog catalog, Path directory) {
        this.catalog = catalog;
        var references = catalog.references(Optional.empty());
        this.engine = new LuceneSearchEngine(directory, new WatchVocabulary(catalog.brands(), references));
        long id = 1;
        for (var reference : references) {
            var brand = catalog.brand(reference.brandSlug()).orElseThrow();
            listings.add(new Listing(
                    new ListingId(id),
                    brand,
                    reference,
                    new MerchantId(1),
                    "****",
                    reference.introduced(),
                    Condition.values()[(int) (id % Condition.values().length)],
                    BoxAndPapers.values()[(int) (id % BoxAndPapers.values().length)],
                    reference.marketPrice(),
                    CITIES.get((int) (id % CITIES.size())),
                    ListingStatus.ON_SALE,
                    null,
                    1,
                    "",
                    "",
                    Instant.ofEpochSecond(1_700_000_000L + id)));
            id++;
        }
        engine.rebuild(listings::forEach, Optional.of(new ListingId(id - 1)));
    }

    /** The first {@code size} hits of {@code text} as a shopper types it, prices and sizes read as filters. */
    SearchHits search(String text, int size) {
        return search(text, new PageSpec(1, size));
    }

    private SearchHits search(String text, PageSpec page) {
        return engine.search(
                ListingSearch.request(text, ListingFilter.NONE, Availability.ON_SALE, ListingSort.RELEVANCE, page)
                        .request());
    }

    /** Every listing {@code text} finds, best first. */
    List<Listing> all(String text) {
        var found = new ArrayList<Listing>();
        for (int page = 1; ; page++) {
            var hits = search(text, new PageSpec(page, PageSpec.MAX_SIZE));
            hits.ids().stream().map(this::listing).forEach(found::add);
            if (found.size() >= hits.total() || hits.ids().isEmpty()) {
                return found;
            }
        }
    }

    Listing listing(ListingId id) {
        return listings.get((int) id.value() - 1);
    }
}
