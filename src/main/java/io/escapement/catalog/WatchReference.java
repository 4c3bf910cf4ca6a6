package io.escapement.catalog;

import io.escapement.money.Money;
import io.escapement.privacy.NotPersonalData;
import java.math.BigDecimal;
import java.util.List;
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

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    public String familyName(boolean chinese) {
        return chinese ? familyNameZh : familyNameEn;
    }

    public List<String> nicknames(boolean chinese) {
        return chinese ? nicknamesZh : nicknamesEn;
    }

    /** Upper-case letters and digits only, so {@code 5711/1a} and {@code 57111A} compare equal. */
    public static String key(String referenceNumber) {
        return referenceNumber.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
