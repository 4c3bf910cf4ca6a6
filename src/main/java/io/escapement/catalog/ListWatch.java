package io.escapement.catalog;

import io.escapement.money.Money;
import io.escapement.party.MerchantId;

/**
 * Puts one physical watch on the catalog.
 *
 * @param photoSeed seed of the procedurally drawn demo photos
 */
public record ListWatch(
        ReferenceId referenceId,
        MerchantId merchantId,
        SerialNumber serialNumber,
        int year,
        Condition condition,
        BoxAndPapers boxAndPapers,
        Money price,
        String city,
        ListingStatus status,
        int photoCount,
        long photoSeed,
        String descriptionZh,
        String descriptionEn,
        boolean featured) {}
