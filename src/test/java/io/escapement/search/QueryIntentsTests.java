package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.ListingFilter;
import io.escapement.money.Money;
import org.junit.jupiter.api.Test;

/** Prices and sizes said in words become filters; the other words, and the catalogue's names, stay text. */
class QueryIntentsTests {

    @Test
    void readsPricesAndSizesAndLeavesTheOtherWordsToSearch() {
        var reading = QueryIntents.read("劳力士10万以下女表", ListingFilter.NONE);
        assertThat(reading.remainder()).isEqualTo("劳力士");
        assertThat(reading.understood())
                .containsExactly(
                        new UnderstoodFilter("maxPrice", "100000", "10万以下"),
                        new UnderstoodFilter("maxDiameter", "35.9", "女表"));
        assertThat(reading.filter().maxPrice()).isEqualTo(Money.yuan(100_000));
        assertThat(reading.filter().maxDiameter()).isEqualByComparingTo("35.9");
    }

    @Test
    void readsPricesInChineseAndEnglishForms() {
        assertPrices("5-10万", 50_000L, 100_000L);
        assertPrices("5万到8万", 50_000L, 80_000L);
        assertPrices("5至10万之间", 50_000L, 100_000L);
        assertPrices("10w以内", null, 100_000L);
        assertPrices("1.5万以下", null, 15_000L);
        assertPrices("¥80,000以内", null, 80_000L);
        assertPrices("50万以上", 500_000L, null);
        assertPrices("under 100k", null, 100_000L);
        assertPrices("Under ¥100,000", null, 100_000L);
        assertPrices("over 500K", 500_000L, null);
        assertPrices("100k-200k", 100_000L, 200_000L);
        assertPrices("from 50k to 100k", 50_000L, 100_000L);
        assertPrices("below 5000", null, 5_000L);
        assertPrices("十万以下", null, 100_000L);
        assertPrices("二十万以内", null, 200_000L);
        assertPrices("五到十万", 50_000L, 100_000L);
        assertPrices("一百五十万以上", 1_500_000L, null);
        assertPrices("两千元以下", null, 2_000L);
        assertPrices("三千万以下", null, 30_000_000L);
    }

    @Test
    void leavesReferencesNamesAndOtherNumbersAsText() {
        for (var text : new String[] {
            "16610-16710",
            "5711/1A-010",
            "310.30.42.50.01.001",
            "Big Bang 44mm",
            "万年历",
            "大表冠",
            "Overseas",
            "Reverso Classic Large Small Seconds",
            "under 40mm",
            "under 500",
            "Speedmaster",
            "百达翡丽",
            "小百事",
            "一块二零一九年的表",
        }) {
            var reading = QueryIntents.read(text, ListingFilter.NONE);
            assertThat(reading.understood()).as(text).isEmpty();
            assertThat(reading.remainder()).as(text).isEqualTo(text);
        }
    }

    @Test
    void readsSizesAsTheDiameterFacetsBands() {
        assertThat(QueryIntents.read("男表", ListingFilter.NONE).filter().minDiameter())
                .isEqualByComparingTo("36");
        assertThat(QueryIntents.read("小表盘", ListingFilter.NONE).filter().maxDiameter())
                .isEqualByComparingTo("39.9");
        assertThat(QueryIntents.read("大表盘", ListingFilter.NONE).filter().minDiameter())
                .isEqualByComparingTo("43");
        assertThat(QueryIntents.read("men's watch", ListingFilter.NONE).remainder())
                .isEqualTo("watch");
        assertThat(QueryIntents.read("Women", ListingFilter.NONE).understood())
                .containsExactly(new UnderstoodFilter("maxDiameter", "35.9", "Women"));
    }

    @Test
    void theRequestsOwnFilterWinsAndWordsNeverInvertARange() {
        var explicit = filter(null, 50_000L);
        var reading = QueryIntents.read("劳力士 10万以下", explicit);
        assertThat(reading.understood()).isEmpty();
        assertThat(reading.remainder()).isEqualTo("劳力士");
        assertThat(reading.filter()).isEqualTo(explicit);

        var inverted = QueryIntents.read("10万以下", filter(200_000L, null));
        assertThat(inverted.understood()).isEmpty();
        assertThat(inverted.filter().maxPrice()).isNull();

        var half = QueryIntents.read("5-10万", filter(null, 80_000L));
        assertThat(half.understood()).containsExactly(new UnderstoodFilter("minPrice", "50000", "5-10万"));
        assertThat(half.filter().maxPrice()).isEqualTo(Money.yuan(80_000));
    }

    @Test
    void readsLongHostileTextInLinearTime() {
        QueryIntents.read("5-10万 女表", ListingFilter.NONE);
        for (var text : new String[] {
            "1".repeat(1000) + "万以下",
            "1,".repeat(500),
            "5-".repeat(500) + "万",
            "under ".repeat(200),
            "126610LV".repeat(120),
            "女表".repeat(500),
        }) {
            long started = System.nanoTime();
            var reading = QueryIntents.read(text, ListingFilter.NONE);
            assertThat((System.nanoTime() - started) / 1_000_000).as(text).isLessThan(500);
            assertThat(reading.filter()).isNotNull();
        }
    }

    private static void assertPrices(String text, Long min, Long max) {
        var reading = QueryIntents.read("劳力士 " + text, ListingFilter.NONE);
        assertThat(reading.filter().minPrice()).as(text).isEqualTo(min == null ? null : Money.yuan(min));
        assertThat(reading.filter().maxPrice()).as(text).isEqualTo(max == null ? null : Money.yuan(max));
        assertThat(reading.remainder()).as(text).isEqualTo("劳力士");
        assertThat(reading.understood())
                .as(text)
                .allSatisfy(understood -> assertThat(understood.text()).isEqualTo(text));
    }

    private static ListingFilter filter(Long minPrice, Long maxPrice) {
        return ListingFilter.NONE.withPrices(
                minPrice == null ? null : Money.yuan(minPrice), maxPrice == null ? null : Money.yuan(maxPrice));
    }
}
