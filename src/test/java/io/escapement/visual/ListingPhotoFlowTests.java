package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingPhotos;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.SerialNumber;
import io.escapement.catalog.spi.PhotoPainter;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The flow from the catalog to the photo index, with only the modules it needs: a listing the
 * catalog publishes is described and joins the index, and one its merchant withdraws leaves it,
 * through the catalog's events alone.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class ListingPhotoFlowTests {

    static final MerchantId MERCHANT = new MerchantId(6);
    static final Money PRICE = Money.yuan(520_017);

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotos photos;

    @Autowired
    VisualIndex index;

    @Test
    void aPublishedListingJoinsThePhotoIndexAndAWithdrawnOneLeavesIt(Scenario scenario) {
        var reference = catalog.referenceByNumber("5711/1A-010").orElseThrow();
        var watch = new ListWatch(
                reference.id(),
                MERCHANT,
                new SerialNumber("PHOTOFLOW1"),
                2021,
                Condition.EXCELLENT,
                BoxAndPapers.FULL_SET,
                PRICE,
                "北京",
                ListingStatus.ON_SALE,
                2,
                7_070_707,
                "",
                "",
                false);

        scenario.stimulate(() -> catalog.list(List.of(watch)))
                .andWaitForStateChange(() -> indexed(listing()), found -> found)
                .andVerify(found -> assertThat(listing().reference()).isEqualTo(reference));

        var listing = listing();
        var front = PhotoDescriptor.describe(PhotoDecoder.decode(
                photos.jpeg(listing.id(), 0, ListingPhotos.Size.LARGE).orElseThrow()));
        scenario.stimulate(() -> catalog.withdraw(MERCHANT, listing.id()))
                .andWaitForStateChange(
                        () -> index.nearest(front, 1).contains(listing.id().value()), found -> !found)
                .andVerify(found -> assertThat(catalog.listingOf(MERCHANT, listing.id())
                                .orElseThrow()
                                .status())
                        .isEqualTo(ListingStatus.WITHDRAWN));
    }

    private Listing listing() {
        return catalog.listingsOf(MERCHANT).stream()
                .filter(listing -> listing.price().equals(PRICE))
                .findFirst()
                .orElseThrow();
    }

    /** Whether the index gives the listing as the nearest match of its own front photo. */
    private boolean indexed(Listing listing) {
        var front = photos.jpeg(listing.id(), 0, ListingPhotos.Size.LARGE).orElseThrow();
        return index.nearest(PhotoDescriptor.describe(PhotoDecoder.decode(front)), 1)
                .contains(listing.id().value());
    }

    /** Photos with a pattern of their own per seed and shot, so that each listing's are told apart. */
    @TestConfiguration
    static class PatternPainter {

        @Bean
        PhotoPainter painter() {
            return (reference, seed, shot, pixels) -> {
                var random = new Random(seed * 31 + shot);
                var image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_RGB);
                var graphics = image.createGraphics();
                for (int i = 0; i < 40; i++) {
                    graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
                    graphics.fillOval(
                            random.nextInt(pixels),
                            random.nextInt(pixels),
                            1 + random.nextInt(pixels / 2),
                            1 + random.nextInt(pixels / 2));
                }
                graphics.dispose();
                return image;
            };
        }
    }
}
