package io.escapement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-written reference data: enough of it, consistent, and with the nicknames collectors use. */
class ReferenceDataFileTests {

    static final ReferenceData.File FILE = ReferenceData.read();
    static final List<ReferenceData.ReferenceEntry> REFERENCES = FILE.brands().stream()
            .flatMap(brand -> brand.families().stream())
            .flatMap(family -> family.references().stream())
            .toList();

    @Test
    void coversAtLeast25BrandsAnd200References() {
        assertThat(FILE.brands()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(REFERENCES).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void hasUniqueSlugsAndReferenceNumbersEvenWithoutPunctuation() {
        assertThat(FILE.brands()).extracting(ReferenceData.BrandEntry::slug).doesNotHaveDuplicates();
        assertThat(REFERENCES)
                .extracting(reference -> WatchReference.key(reference.reference()))
                .doesNotHaveDuplicates();
    }

    @Test
    void knowsTheCollectorsNicknames() {
        var byNumber = REFERENCES.stream()
                .collect(Collectors.toMap(ReferenceData.ReferenceEntry::reference, Function.identity()));
        Map.of("126610LV", "绿水鬼", "116610LV", "绿水鬼", "116500LN", "熊猫迪", "126710BLRO", "百事圈")
                .forEach((number, nickname) -> assertThat(byNumber.get(number).nicknamesZh())
                        .as(number)
                        .contains(nickname));
        assertThat(byNumber)
                .containsKeys("310.30.42.50.01.001", "5711/1A-010", "126610LN", "SBGA211")
                .hasKeySatisfying(new org.assertj.core.api.Condition<>(
                        number -> number.startsWith("15500ST"), "an AP Royal Oak 15500ST"));
    }

    @Test
    void describesEveryReferenceCompletelyAndPlausibly() {
        assertThat(REFERENCES).allSatisfy(reference -> {
            assertThat(reference.diameterMm().doubleValue())
                    .as(reference.reference())
                    .isBetween(20.0, 60.0);
            assertThat(reference.marketPriceCny()).as(reference.reference()).isBetween(500L, 50_000_000L);
            assertThat(reference.year()).as(reference.reference()).isBetween(1900, 2026);
            assertThat(reference.appearance().dialColour()).matches("#[0-9a-f]{6}");
            assertThat(reference.appearance().bezelColours()).isNotEmpty().allMatch(c -> c.matches("#[0-9a-f]{6}"));
            assertThat(reference.appearance().subdials()).isIn(0, 2, 3);
        });
        assertThat(FILE.brands())
                .allSatisfy(brand -> assertThat(brand.aliases()).isNotEmpty());
    }
}
