package io.escapement.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SerialNumberTests {

    @Test
    void showsOnlyTheLastFourCharacters() {
        assertThat(new SerialNumber("7Z91K4X2").masked()).isEqualTo("****K4X2");
    }

    @Test
    void neverPrintsTheFullNumber() {
        var serial = new SerialNumber("ABCD123456");
        assertThat(serial.toString()).isEqualTo("****3456").doesNotContain("ABCD12");
        assertThat(java.util.List.of(serial).toString()).doesNotContain("ABCD12");
    }

    @Test
    void rejectsMalformedNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SerialNumber("ab-12"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SerialNumber("123"));
    }
}
