package io.escapement.catalog;

/**
 * Puts one physical watch on the catalog.
 *
 * @param photoSeed seed of the procedurally drawn demo photos
 */
public record ListWatch(
        long referenceId,
        long merchantId,
        SerialNumber serialNumber,
        int year,
        Condition condition,
        BoxAndPapers boxAndPapers,
        long priceCny,
        String city,
        ListingStatus status,
        int photoCount,
        long photoSeed,
        String descriptionZh,
        String descriptionEn,
        boolean featured) {}
