package io.escapement.catalog;

import io.escapement.language.Localized;
import io.escapement.privacy.NotPersonalData;
import java.util.List;

/**
 * A watch brand.
 *
 * @param slug stable id used in URLs, e.g. {@code rolex}
 * @param aliases other names collectors use: traditional characters, abbreviations, spellings
 * @param country ISO 3166-1 alpha-2 code of the brand's home
 */
public record Brand(
        String slug,
        @NotPersonalData("a watch brand's name") String nameEn,
        @NotPersonalData("a watch brand's name") String nameZh,
        List<String> aliases,
        String country,
        int founded) {

    /** The brand's name, e.g. 劳力士 / Rolex. */
    public Localized name() {
        return new Localized(nameZh, nameEn);
    }
}
