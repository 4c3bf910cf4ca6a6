package io.escapement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.Movement;
import io.escapement.catalog.ReferenceId;
import io.escapement.catalog.WatchAppearance;
import io.escapement.catalog.WatchReference;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DemoListingsTests {

    static final List<WatchReference> REFERENCES =
            List.of(reference(1, "rolex", 100_000), reference(2, "tissot", 4_000));

    @Test
    void drawsTheSameListingForTheSameSeedAndIndex() {
        var first = new DemoListings(7, REFERENCES).listing(1234, new MerchantId(9), "上海");
        var again = new DemoListings(7, REFERENCES).listing(1234, new MerchantId(9), "上海");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void drawsDifferentListingsForDifferentSeeds() {
        var one = LongStream.range(0, 50)
                .mapToObj(i -> new DemoListings(1, REFERENCES).listing(i, new MerchantId(1), "上海"));
        var other = LongStream.range(0, 50)
                .mapToObj(i -> new DemoListings(2, REFERENCES).listing(i, new MerchantId(1), "上海"));
        assertThat(one.toList()).isNotEqualTo(other.toList());
    }

    @Test
    void pricesFollowTheReferenceAndYearsItsProduction() {
        var listings = new DemoListings(3, REFERENCES);
        var drawn = LongStream.range(0, 2_000)
                .mapToObj(i -> listings.listing(i, new MerchantId(1), "北京"))
                .toList();
        assertThat(drawn).allSatisfy(listing -> {
            var market = listing.referenceId().value() == 1 ? 100_000 : 4_000;
            assertThat(listing.price().wholeUnits()).isBetween((long) (market * 0.55), (long) (market * 1.3));
            assertThat(listing.price().isWhole()).isTrue();
            assertThat(listing.year()).isBetween(2010, java.time.Year.now().getValue());
            assertThat(listing.photoCount())
                    .as("the painter draws four distinct shots")
                    .isBetween(3, 4);
        });
        assertThat(drawn).extracting(ListWatch::referenceId).contains(new ReferenceId(1), new ReferenceId(2));
        assertThat(drawn.stream().filter(l -> l.referenceId().value() == 1).count())
                .as("popular brands are listed more often")
                .isGreaterThan(drawn.size() / 2);
    }

    @Test
    void spreadsListingsOverMoreMerchantsAsTheShopGrows() {
        assertThat(DemoMerchants.countFor(100)).isEqualTo(40);
        assertThat(DemoMerchants.countFor(1_000_000)).isEqualTo(25_000);
        var listings = new DemoListings(3, REFERENCES);
        assertThat(LongStream.range(0, 100).map(listings::merchantOf)).allMatch(m -> m >= 0 && m < 40);
    }

    @Test
    void drawsMerchantsDeterministicallyInKnownCities() {
        var merchant = new DemoMerchants(11).merchant(5);
        assertThat(new DemoMerchants(11).merchant(5)).isEqualTo(merchant);
        assertThat(io.escapement.catalog.Cities.known()).contains(merchant.city());
        assertThat(merchant.name()).startsWith(merchant.city());
        assertThat(merchant.nameEn()).endsWith("Fine Watches");
    }

    static WatchReference reference(long id, String brand, long price) {
        var look = new WatchAppearance(
                WatchAppearance.CaseShape.ROUND,
                "#111111",
                WatchAppearance.Bezel.DIVER,
                List.of("#111111"),
                WatchAppearance.Indices.DOT,
                WatchAppearance.Hands.MERCEDES,
                0,
                true,
                WatchAppearance.Bracelet.OYSTER,
                "#c0c0c0");
        return new WatchReference(
                new ReferenceId(id),
                brand,
                "Family",
                "系列",
                "REF" + id,
                "Name",
                "名称",
                "3235",
                Movement.AUTOMATIC,
                CaseMaterial.STAINLESS_STEEL,
                BigDecimal.valueOf(41),
                300,
                2010,
                null,
                Money.yuan(price),
                List.of(),
                List.of(),
                look);
    }
}
