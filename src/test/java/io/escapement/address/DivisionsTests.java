package io.escapement.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The division list is the package's data in GB/T 2260 form, and codes are checked level by level. */
class DivisionsTests {

    static final Divisions DIVISIONS = new Divisions();

    @Test
    void holdsTheThirtyOneMainlandProvincesWithSixDigitCodes() {
        assertThat(DIVISIONS.provinces()).hasSize(31).contains(new Division("440000", "广东省"));
        assertThat(DIVISIONS.provinces())
                .allSatisfy(province -> assertThat(province.code()).matches("\\d{2}0000"));
    }

    @Test
    void listsACitysDistrictsAndAProvincesCities() {
        assertThat(DIVISIONS.cities("440000")).contains(new Division("440300", "深圳市"));
        assertThat(DIVISIONS.districts("440300")).contains(new Division("440305", "南山区"));
        assertThat(DIVISIONS.cities("110000")).containsExactly(new Division("110100", "市辖区"));
    }

    @Test
    void answersNoChildrenForUnknownCodes() {
        assertThat(DIVISIONS.cities("999999")).isEmpty();
        assertThat(DIVISIONS.cities("x".repeat(1000))).isEmpty();
        assertThat(DIVISIONS.districts(null)).isEmpty();
    }

    @Test
    void readsARegionFromItsThreeCodes() {
        var region = DIVISIONS.region("440000", "440300", "440305");
        assertThat(region.written()).isEqualTo("广东省深圳市南山区");
        assertThat(DIVISIONS.region("110000", "110100", "110101").written()).isEqualTo("北京市东城区");
    }

    @Test
    void refusesACityOutsideItsProvinceAndADistrictOutsideItsCity() {
        assertThatThrownBy(() -> DIVISIONS.region("110000", "440300", "440305"))
                .isInstanceOf(AddressRefused.class)
                .hasMessage("address.city.notInProvince");
        assertThatThrownBy(() -> DIVISIONS.region("440000", "440300", "440103"))
                .isInstanceOf(AddressRefused.class)
                .hasMessage("address.district.notInCity");
    }

    @Test
    void refusesBlankAndUnknownCodes() {
        assertThatThrownBy(() -> DIVISIONS.region(" ", "440300", "440305")).hasMessage("address.province.blank");
        assertThatThrownBy(() -> DIVISIONS.region("440000", null, "440305")).hasMessage("address.city.blank");
        assertThatThrownBy(() -> DIVISIONS.region("990000", "440300", "440305")).hasMessage("address.province.unknown");
        assertThatThrownBy(() -> DIVISIONS.region("440000", "4403", "440305")).hasMessage("address.city.unknown");
        assertThatThrownBy(() -> DIVISIONS.region("440000", "440300", "44030５")).hasMessage("address.district.unknown");
    }
}
