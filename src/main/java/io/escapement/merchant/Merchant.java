package io.escapement.merchant;

import io.escapement.language.Localized;
import io.escapement.party.MerchantId;
import io.escapement.privacy.NotPersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A business selling on the marketplace.
 *
 * @param nameZh the registered business name, which Chinese readers see
 * @param since date the merchant joined the marketplace
 * @param rating buyers' average rating, 0.0 to 5.0
 */
public record Merchant(
        MerchantId id,

        @NotPersonalData("the merchant's registered business name")
        String nameZh,

        @NotPersonalData("the merchant's business name in English")
        String nameEn,

        String city,
        LocalDate since,
        BigDecimal rating) {

    /** The business name, in Chinese and English. */
    public Localized name() {
        return new Localized(nameZh, nameEn);
    }
}
