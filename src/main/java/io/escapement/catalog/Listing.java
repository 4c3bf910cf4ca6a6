package io.escapement.catalog;

import io.escapement.language.Localized;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One physical watch offered for sale by a merchant, as read at one time. The serial number is
 * only ever exposed masked.
 *
 * @param price the asking price
 * @param city where the watch is kept
 * @param photoCount number of photos, the merchant's uploaded ones first and then the drawn demo
 *     photos; positions run from 0
 * @param hold the last hold placed on it, which may have lapsed; null when there is none
 */
public record Listing(
        ListingId id,
        Brand brand,
        WatchReference reference,
        MerchantId merchantId,
        String maskedSerial,
        int year,
        Condition condition,
        BoxAndPapers boxAndPapers,
        Money price,
        String city,
        ListingStatus status,
        @Nullable Hold hold,
        int photoCount,
        String descriptionZh,
        String descriptionEn,
        @Nullable Instant publishedAt) {

    /** What a buyer can do with the watch at this time: a hold counts only until it lapses. */
    public Availability availabilityAt(Instant at) {
        return switch (status) {
            case ON_SALE -> hold != null && hold.holdsAt(at) ? Availability.HELD : Availability.ON_SALE;
            case SOLD -> Availability.SOLD;
            case DRAFT, WITHDRAWN -> Availability.GONE;
        };
    }

    /** {@link #availabilityAt} now, for views. */
    public Availability availability() {
        return availabilityAt(Instant.now());
    }

    /** On sale and held by nobody now: a buyer can put it in a cart and buy it. */
    public boolean buyable() {
        return availability() == Availability.ON_SALE;
    }

    /** The merchant's description of the watch. */
    public Localized description() {
        return new Localized(descriptionZh, descriptionEn);
    }

    /** Brand and reference name, e.g. "Rolex Submariner Date 126610LV". */
    public Localized title() {
        return new Localized(title(brand.nameZh(), reference.nameZh()), title(brand.nameEn(), reference.nameEn()));
    }

    private String title(String brandName, String referenceName) {
        return brandName + " " + referenceName + " " + reference.referenceNumber();
    }
}
