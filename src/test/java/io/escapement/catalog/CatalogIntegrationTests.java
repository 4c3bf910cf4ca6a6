package io.escapement.catalog;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.spi.PhotoPainter;
import io.escapement.party.MerchantId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(extraIncludes = "platform")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogIntegrationTests {

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotos photos;

    WatchReference starbucks;
    WatchReference moonwatch;

    @BeforeAll
    void listSomeWatches() {
        starbucks = catalog.referenceByNumber("126610LV").orElseThrow();
        moonwatch = catalog.referenceByNumber("310.30.42.50.01.001").orElseThrow();
        catalog.list(List.of(
                aListing(starbucks)
                        .withPrice(110_000)
                        .withYear(2022)
                        .inCity("上海")
                        .featured()
                        .build(),
                aListing(starbucks)
                        .withPrice(95_000)
                        .withCondition(Condition.GOOD)
                        .withBoxAndPapers(BoxAndPapers.WATCH_ONLY)
                        .inCity("北京")
                        .build(),
                aListing(moonwatch)
                        .withPrice(38_000)
                        .withYear(2019)
                        .inCity("深圳")
                        .build(),
                aListing(moonwatch)
                        .withStatus(ListingStatus.DRAFT)
                        .withSerial("DRAFT001")
                        .build(),
                aListing(moonwatch).withStatus(ListingStatus.WITHDRAWN).build(),
                aListing(moonwatch)
                        .withStatus(ListingStatus.SOLD)
                        .withPrice(41_000)
                        .build()));
    }

    @Test
    void importsTheHandWrittenReferenceData() {
        assertThat(catalog.brands()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(catalog.references(Optional.empty())).hasSizeGreaterThanOrEqualTo(200);
        assertThat(starbucks.nicknamesZh()).contains("绿水鬼");
        assertThat(catalog.referenceByNumber("126610 lv")).contains(starbucks);
        assertThat(catalog.references(Optional.of("omega")))
                .allMatch(r -> r.brandSlug().equals("omega"));
    }

    @Test
    void hidesDraftsAndWithdrawnListingsButShowsSoldOnes() {
        long maxId = catalog.listingsOf(new MerchantId(1)).stream()
                .mapToLong(listing -> listing.id().value())
                .max()
                .orElseThrow();
        var statuses = java.util.stream.LongStream.rangeClosed(1, maxId + 3)
                .mapToObj(id -> catalog.listing(new ListingId(id)))
                .flatMap(Optional::stream)
                .map(Listing::status)
                .toList();
        assertThat(statuses).contains(ListingStatus.SOLD).doesNotContain(ListingStatus.DRAFT, ListingStatus.WITHDRAWN);
    }

    @Test
    void loadsVisibleListingsByIdInOrder() {
        var ids = catalog.listingsOf(new MerchantId(1)).stream()
                .map(Listing::id)
                .sorted()
                .toList();
        var reversed = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        var visible = catalog.listings(reversed);
        assertThat(visible)
                .hasSize(4)
                .extracting(Listing::status)
                .doesNotContain(ListingStatus.DRAFT, ListingStatus.WITHDRAWN);
        assertThat(visible).extracting(Listing::id).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(catalog.latestListingId().orElseThrow()).isGreaterThanOrEqualTo(ids.get(ids.size() - 1));
    }

    @Test
    void masksSerialNumbers() {
        var listing = catalog.featured(10).get(0);
        assertThat(listing.maskedSerial()).isEqualTo("****0001");
    }

    /** Paints a grey square and counts its calls, standing in for the demo module's painter. */
    @TestConfiguration
    static class CountingPainter {

        static final AtomicInteger PAINTED = new AtomicInteger();

        @Bean
        PhotoPainter painter() {
            return (reference, seed, shot, pixels) -> {
                PAINTED.incrementAndGet();
                return new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_RGB);
            };
        }
    }

    @Test
    void asksThePainterForDrawnPhotosOnceAndServesThemAsJpeg() throws Exception {
        var listing = catalog.featured(1).get(0);
        var jpeg = photos.jpeg(listing.id(), 0, ListingPhotos.Size.THUMBNAIL).orElseThrow();
        int painted = CountingPainter.PAINTED.get();
        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(400);
        assertThat(photos.jpeg(listing.id(), 0, ListingPhotos.Size.THUMBNAIL))
                .hasValueSatisfying(again -> assertThat(again).isEqualTo(jpeg));
        assertThat(CountingPainter.PAINTED.get())
                .as("then served from the cache")
                .isEqualTo(painted);
        assertThat(photos.jpeg(listing.id(), 3, ListingPhotos.Size.THUMBNAIL)).isEmpty();
        assertThat(photos.jpeg(listing.id(), -1, ListingPhotos.Size.LARGE)).isEmpty();
        assertThat(photos.jpeg(new ListingId(Long.MAX_VALUE), 0, ListingPhotos.Size.LARGE))
                .isEmpty();
    }
}
