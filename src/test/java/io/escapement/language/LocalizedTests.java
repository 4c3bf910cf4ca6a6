package io.escapement.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTests {

    private final Localized unworn = new Localized("全新未佩戴", "Unworn");

    @Test
    void readsChineseUnlessTheReaderReadsEnglish() {
        assertThat(unworn.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("全新未佩戴");
        assertThat(unworn.in(Locale.forLanguageTag("zh"))).isEqualTo("全新未佩戴");
        assertThat(unworn.in(Locale.ENGLISH)).isEqualTo("Unworn");
        assertThat(unworn.in(Locale.UK)).isEqualTo("Unworn");
        assertThat(unworn.in(Locale.GERMAN)).isEqualTo("全新未佩戴");
    }

    @Test
    void givesTheOtherWordingBesideTheReaders() {
        assertThat(unworn.otherThan(Locale.SIMPLIFIED_CHINESE)).isEqualTo("Unworn");
        assertThat(unworn.otherThan(Locale.UK)).isEqualTo("全新未佩戴");
        assertThat(unworn.otherThan(Locale.GERMAN)).isEqualTo("Unworn");
    }

    @Test
    void changesBothWordings() {
        assertThat(unworn.map(s -> s + "!")).isEqualTo(new Localized("全新未佩戴!", "Unworn!"));
    }
}
