package io.escapement.merchant;

import io.escapement.privacy.NotPersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Registers a merchant business.
 *
 * @param contact the person to call about orders and after-sales; kept in the vault
 */
public record RegisterMerchant(
        @NotPersonalData("the merchant's registered business name")
        String name,

        @NotPersonalData("the merchant's business name in English")
        String nameEn,

        String city,
        LocalDate since,
        BigDecimal rating,
        MerchantContact contact) {}
