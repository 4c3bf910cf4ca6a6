package io.escapement.catalog;

import io.escapement.language.Localized;
import io.escapement.money.Money;
import io.escapement.privacy.NotPersonalData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A reference number: one model as the brand catalogues it, e.g. Rolex 126610LV.
 *
 * @param referenceNumber as the brand writes it, e.g. {@code 5711/1A-010}
 * @param familyNameEn the model family, e.g. Submariner
 * @param nicknamesZh collector nicknames such as 绿水鬼
 * @param marketPrice typical secondary-market price of a good example
 */
public record WatchReference(
        ReferenceId id,
        String brandSlug,
        @NotPersonalData("a watch collection's name") String familyNameEn,
        @NotPersonalData("a watch collection's name") String familyNameZh,
        String referenceNumber,

        @NotPersonalData("a watch brand, collection or model name")
        String nameEn,

        @NotPersonalData("a watch brand, collection or model name")
        String nameZh,

        String calibre,
        Movement movement,
        CaseMaterial caseMaterial,
        BigDecimal diameterMm,
        int waterResistanceM,
        int introduced,
        @Nullable Integer discontinued,
        Money marketPrice,
        List<String> nicknamesZh,
        List<String> nicknamesEn,
        WatchAppearance appearance) {

    /** The model's name, e.g. Submariner Date. */
    public Localized name() {
        return new Localized(nameZh, nameEn);
    }

    /** The model family's name, e.g. 潜航者型 / Submariner. */
    public Localized familyName() {
        return new Localized(familyNameZh, familyNameEn);
    }

    /** The collector nicknames a reader in this locale reads. */
    public List<String> nicknames(Locale locale) {
        return Localized.readsEnglish(locale) ? nicknamesEn : nicknamesZh;
    }

    /** Upper-case letters and digits only, so {@code 5711/1a} and {@code 57111A} compare equal. */
    public static String key(String referenceNumber) {
        return referenceNumber.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
