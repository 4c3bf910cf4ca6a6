package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Photo shopping finds the watch in a buyer's photo (C-7), measured as recall@10: the share of
 * query photos for which a listing of the same reference is among the first 10 results. The
 * queries come from {@link PhotoEvaluationSet}: other sessions, angles, crops, lighting, blur and
 * JPEG quality than the indexed listing photos.
 *
 * <p>The target is 0.9; the hand-made descriptor reaches about 0.65 on this set (see ADR
 * 0015), so the test holds the line at {@link #REGRESSION_FLOOR} and prints the figure.
 */
@SpringBootTest
class PhotoSearchQualityTests {

    static final double TARGET = 0.9;

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotoSync sync;

    @Autowired
    PhotoSearch search;

    @Test
    void findsTheSameReferenceInTheFirstTenResults() {
        int indexed = sync.rebuild();
        var listings = onSale();
        assertThat(indexed).isEqualTo(listings.size()).isGreaterThan(100);

        var seen = new HashSet<io.escapement.catalog.ReferenceId>();
        int queries = 0, hits = 0, sameInTen = 0;
        for (var listing : listings) {
            if (!seen.add(listing.reference().id())) {
                continue;
            }
            for (int n = 0; n < 2; n++) {
                var results = search.similarTo(PhotoEvaluationSet.query(listing, n), 10);
                long same = results.stream()
                        .filter(result ->
                                result.reference().id() == listing.reference().id())
                        .count();
                queries++;
                hits += same > 0 ? 1 : 0;
                sameInTen += (int) same;
            }
        }
        double recall = (double) hits / queries;
        System.out.printf(
                "Photo search quality: %d queries over %d listings on sale, recall@10 = %.3f (target %.2f), mean"
                        + " same-reference results in the top 10 = %.2f%n",
                queries, listings.size(), recall, TARGET, (double) sameInTen / queries);
        assertThat(queries).isGreaterThanOrEqualTo(80);
        assertThat(recall).isGreaterThanOrEqualTo(TARGET);
    }

    private List<Listing> onSale() {
        var listings = new ArrayList<Listing>();
        ListingId after = null;
        for (var ids = catalog.onSaleIdsAfter(after, 500); !ids.isEmpty(); ids = catalog.onSaleIdsAfter(after, 500)) {
            listings.addAll(catalog.listings(ids));
            after = ids.get(ids.size() - 1);
        }
        return listings;
    }
}
