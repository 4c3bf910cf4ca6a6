package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Photo search tells a picture without a watch from a photo of one (ADR 0030). Pictures without a
 * watch: {@link NonWatchPhotos} (screenshots of text and of pages, gradients, flat colours,
 * noise). Watch photos: buyers' photos of the demo watches ({@link PhotoEvaluationSet}) and the
 * drawn demo photos themselves. The test asserts the rates and prints them.
 */
@SpringBootTest
class PhotoRecognitionTests {

    static final int PER_KIND = 20, LISTINGS = 60;

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotos photos;

    @Autowired
    ListingPhotoSync sync;

    @Autowired
    PhotoSearch search;

    @Test
    void recognisesNoWatchInScreenshotsGradientsFlatColoursAndNoiseButInBuyersPhotosOfWatches() {
        sync.rebuild();
        var notWatches = new Rate();
        for (var kind : NonWatchPhotos.Kind.values()) {
            var ofKind = new Rate();
            for (int n = 0; n < PER_KIND; n++) {
                ofKind.count(recognised(NonWatchPhotos.jpeg(kind, n)));
            }
            System.out.printf("Photo recognition: %s recognised as a watch %s%n", kind, ofKind);
            notWatches.add(ofKind);
        }
        var buyers = new Rate();
        var frontAndThreeQuarter = new Rate();
        var parts = new Rate();
        for (var listing : catalog.listings(catalog.onSaleIdsAfter(new ListingId(0), LISTINGS))) {
            buyers.count(recognised(PhotoEvaluationSet.query(listing, 0)));
            buyers.count(recognised(PhotoEvaluationSet.query(listing, 1)));
            for (int position = 0; position < listing.photoCount(); position++) {
                var photo = photos.jpeg(listing.id(), position, ListingPhotos.Size.LARGE);
                if (photo.isPresent()) {
                    (position < ListingPhotoSync.DESCRIBED_PHOTOS ? frontAndThreeQuarter : parts)
                            .count(recognised(photo.get()));
                }
            }
        }
        System.out.printf(
                "Photo recognition: pictures without a watch recognised as one %s; watches not recognised: buyers'"
                        + " photos %s, drawn front and three-quarter photos %s, drawn photos of parts (bracelet, dial"
                        + " close-up) %s%n",
                notWatches, buyers.misses(), frontAndThreeQuarter.misses(), parts.misses());
        assertThat(notWatches.total).isEqualTo(5 * PER_KIND);
        assertThat(notWatches.rate()).isLessThanOrEqualTo(0.01);
        assertThat(buyers.total).isGreaterThanOrEqualTo(100);
        assertThat(1 - buyers.rate()).isLessThanOrEqualTo(0.05);
        assertThat(frontAndThreeQuarter.rate()).isEqualTo(1.0);
    }

    private boolean recognised(byte[] photo) {
        return search.search(photo, 10).watchRecognised();
    }

    /** How many of a set of pictures photo search recognised as a watch. */
    private static final class Rate {
        int recognised, total;

        void count(boolean hit) {
            total++;
            recognised += hit ? 1 : 0;
        }

        void add(Rate other) {
            recognised += other.recognised;
            total += other.total;
        }

        double rate() {
            return (double) recognised / total;
        }

        String misses() {
            return String.format("%d of %d (%.1f %%)", total - recognised, total, 100.0 * (total - recognised) / total);
        }

        @Override
        public String toString() {
            return String.format("%d of %d (%.1f %%)", recognised, total, 100.0 * rate());
        }
    }
}
