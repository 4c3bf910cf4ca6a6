package io.escapement.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One physical watch offered for sale by a merchant. The serial number is only ever exposed
 * masked.
 *
 * @param priceCny asking price in whole yuan
 * @param city where the watch is kept
 * @param photoCount number of photos, the merchant's uploaded ones first and then the drawn demo
 *     photos; positions run from 0
 */
public record Listing(
        long id,
        Brand brand,
        WatchReference reference,
        long merchantId,
        String maskedSerial,
        int year,
        Condition condition,
        BoxAndPapers boxAndPapers,
        long priceCny,
        String city,
        ListingStatus status,
        int photoCount,
        String descriptionZh,
        String descriptionEn,
        @Nullable Instant publishedAt) {

    public String description(boolean chinese) {
        return chinese ? descriptionZh : descriptionEn;
    }

    /** Brand and reference name, e.g. "Rolex Submariner Date 126610LV". */
    public String title(boolean chinese) {
        return brand.name(chinese) + " " + reference.name(chinese) + " " + reference.referenceNumber();
    }
}
