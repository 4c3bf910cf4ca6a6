package io.escapement.catalog;

import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's public face: brands, references and the listings buyers can browse.
 *
 * <p>Listings in {@link ListingStatus#DRAFT} or {@link ListingStatus#WITHDRAWN} are never
 * returned; grids show only {@link ListingStatus#ON_SALE}. Serial numbers leave this module only
 * masked.
 */
@Service
public class Catalog {

    /** Most photos a merchant may upload to one listing, besides its drawn demo photos. */
    public static final int MAX_UPLOADED_PHOTOS = 12;

    static final int MERCHANT_PAGE = 500;
    /** The highest asking price: ¥100,000,000. */
    public static final Money MAX_PRICE = Money.yuan(100_000_000);

    private final ReferenceData referenceData;
    private final Listings listings;
    private final UploadedPhotos uploads;
    private final ApplicationEventPublisher events;

    Catalog(ReferenceData referenceData, Listings listings, UploadedPhotos uploads, ApplicationEventPublisher events) {
        this.referenceData = referenceData;
        this.listings = listings;
        this.uploads = uploads;
        this.events = events;
    }

    /** All brands in display order. */
    public List<Brand> brands() {
        return referenceData.brands();
    }

    public Optional<Brand> brand(String slug) {
        return Optional.ofNullable(referenceData.brand(slug));
    }

    /** All references, or those of one brand when {@code brandSlug} is given. */
    public List<WatchReference> references(Optional<String> brandSlug) {
        return referenceData.references().stream()
                .filter(reference ->
                        brandSlug.map(reference.brandSlug()::equals).orElse(true))
                .toList();
    }

    public Optional<WatchReference> reference(ReferenceId id) {
        return Optional.ofNullable(referenceData.reference(id));
    }

    /** Finds a reference by its number written with or without punctuation, e.g. {@code 5711/1A-010}. */
    public Optional<WatchReference> referenceByNumber(String number) {
        return Optional.ofNullable(referenceData.referenceByKey(WatchReference.key(number)));
    }

    /** @throws InvalidListingQuery when the filter names a brand or reference that does not exist */
    public void requireKnown(ListingFilter filter) {
        for (var slug : filter.brands()) {
            if (referenceData.brand(slug) == null) {
                throw new InvalidListingQuery("listingQuery.unknownBrand", slug);
            }
        }
        if (filter.referenceId() != null && referenceData.reference(filter.referenceId()) == null) {
            throw new InvalidListingQuery("listingQuery.unknownReference", String.valueOf(filter.referenceId()));
        }
    }

    /** The listings with these ids that buyers may see (on sale, held or sold), in the same order. */
    public List<Listing> listings(List<ListingId> ids) {
        return listings.findAll(ids).stream().filter(Catalog::visible).toList();
    }

    /** Hands every listing on sale or sold to {@code sink}, streamed from the database. */
    @Transactional(readOnly = true)
    public void forEachOnSaleOrSold(Consumer<Listing> sink) {
        listings.forEachInStatus(List.of(ListingStatus.ON_SALE, ListingStatus.SOLD), sink);
    }

    /** The highest listing id so far, if any: read models compare it to the last one they saw. */
    public Optional<ListingId> latestListingId() {
        return listings.latestId();
    }

    /** A listing buyers may see: on sale, held or sold. */
    public Optional<Listing> listing(ListingId id) {
        return listings.find(id).filter(Catalog::visible);
    }

    private static boolean visible(Listing listing) {
        return listing.status() != ListingStatus.DRAFT && listing.status() != ListingStatus.WITHDRAWN;
    }

    /** Walks the ids of listings on sale in ascending order, for read models that rebuild themselves. */
    public List<ListingId> onSaleIdsAfter(@Nullable ListingId after, int limit) {
        return listings.onSaleIdsAfter(after == null ? 0 : after.value(), limit);
    }

    public List<Listing> featured(int limit) {
        return listings.featured(limit);
    }

    public List<Listing> newArrivals(int limit) {
        return listings.newest(limit);
    }

    /**
     * One page of the merchant's listings on sale (held ones included: they may come back), newest
     * first, for the merchant's public page; drafts, sold and withdrawn listings are left out.
     */
    public ListingPage onSaleOf(MerchantId merchant, PageSpec page) {
        return listings.onSaleOf(merchant, page);
    }

    /** Number of listings in any status. */
    public long countListings() {
        return listings.count();
    }

    /**
     * A merchant's own listings in any status, newest first. The merchant id is part of the query,
     * so one merchant never reads another's listings (P-7).
     */
    public List<Listing> listingsOf(MerchantId merchant) {
        return listings.ofMerchant(merchant, MERCHANT_PAGE);
    }

    /** One of the merchant's own listings; empty for another merchant's. */
    public Optional<Listing> listingOf(MerchantId merchant, ListingId id) {
        return listings.find(id).filter(listing -> listing.merchantId().equals(merchant));
    }

    /**
     * Changes the asking price of one of the merchant's own draft or on-sale listings; read models
     * such as search follow the published event.
     *
     * @return false when the merchant has no such listing, or it is held, sold or withdrawn
     * @throws InvalidListingQuery when the price is out of range
     */
    @Transactional
    public boolean reprice(MerchantId merchant, ListingId id, Money price) {
        requirePrice(price);
        var changed = listings.reprice(merchant, id, price);
        if (changed) {
            events.publishEvent(new ListingEvents.ListingRepriced(id));
        }
        return changed;
    }

    /**
     * Adds a photo to one of the merchant's own draft or on-sale listings. Buyers see uploaded
     * photos first, in upload order, then the drawn demo photos. The catalog stores the bytes as
     * given, so they must be a JPEG re-encoded with no metadata ({@code visual.PhotoSanitiser#sanitise}
     * makes one); anything else is refused (C-7). Publishes {@link
     * ListingEvents.ListingPhotosChanged}.
     *
     * @return false when the merchant has no such listing, it is held, sold or withdrawn, or it
     *     has {@link #MAX_UPLOADED_PHOTOS} uploaded photos already
     * @throws IllegalArgumentException when the bytes are not a JPEG free of metadata
     */
    @Transactional
    public boolean addPhoto(MerchantId merchant, ListingId id, byte[] jpeg) {
        if (!ListingPhotos.isBareJpeg(jpeg)) {
            throw new IllegalArgumentException("A listing photo must be a JPEG with no metadata");
        }
        return photosChanged(id, uploads.add(merchant, id, UUID.randomUUID(), jpeg, MAX_UPLOADED_PHOTOS));
    }

    /**
     * The photos the merchant uploaded to one of its own listings, in upload order (the first is
     * at position 0); empty for another merchant's listing.
     */
    public List<UUID> uploadedPhotos(MerchantId merchant, ListingId id) {
        return uploads.names(merchant, id);
    }

    /**
     * Removes an uploaded photo from one of the merchant's own draft or on-sale listings. Publishes
     * {@link ListingEvents.ListingPhotosChanged}.
     *
     * @return false when the merchant has no such listing or photo, or the listing is held, sold
     *     or withdrawn
     */
    @Transactional
    public boolean removePhoto(MerchantId merchant, ListingId id, UUID photo) {
        return photosChanged(id, uploads.remove(merchant, id, photo));
    }

    private boolean photosChanged(ListingId id, boolean changed) {
        if (changed) {
            events.publishEvent(new ListingEvents.ListingPhotosChanged(id));
        }
        return changed;
    }

    /**
     * Holds an on-sale watch for {@code holder} (an order, say) for {@code duration}, unless
     * another hold is still running: the database decides, so of many concurrent holders exactly
     * one gets it, on any number of application nodes. Publishes {@link ListingEvents.ListingHeld}.
     *
     * @return the hold, or empty when the watch is not on sale or held by someone else
     */
    @Transactional
    public Optional<Hold> hold(ListingId id, UUID holder, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A hold lasts a while: " + duration);
        }
        var hold = listings.hold(id, holder, duration);
        hold.ifPresent(placed -> events.publishEvent(new ListingEvents.ListingHeld(id)));
        return hold;
    }

    /**
     * Ends {@code holder}'s hold before its time, so the watch can be bought again. Publishes
     * {@link ListingEvents.ListingReleased}.
     *
     * @return false when the watch has no hold of this holder (another's, or none)
     */
    @Transactional
    public boolean release(ListingId id, UUID holder) {
        var released = listings.release(id, holder);
        if (released) {
            events.publishEvent(new ListingEvents.ListingReleased(id));
        }
        return released;
    }

    /**
     * The order that holds the watch was paid: the watch is sold to it, unless another buyer has
     * held it since the hold lapsed. Publishes {@link ListingEvents.ListingSold}.
     *
     * @return false when the watch is not on sale with {@code holder} as its latest holder
     */
    @Transactional
    public boolean sell(ListingId id, UUID holder) {
        var sold = listings.sell(id, holder);
        if (sold) {
            events.publishEvent(new ListingEvents.ListingSold(id));
        }
        return sold;
    }

    /**
     * The merchant withdraws one of its own draft or on-sale listings. Publishes {@link
     * ListingEvents.ListingWithdrawn}.
     *
     * @return false when the merchant has no such listing, or a buyer holds it
     */
    @Transactional
    public boolean withdraw(MerchantId merchant, ListingId id) {
        var withdrawn = listings.withdraw(merchant, id);
        if (withdrawn) {
            events.publishEvent(new ListingEvents.ListingWithdrawn(id));
        }
        return withdrawn;
    }

    /**
     * Asking prices are whole yuan, as merchants set them, so {@link Money#wholeUnits()} is exact.
     *
     * @throws InvalidListingQuery when the price is not a whole number of yuan from ¥1 to {@link #MAX_PRICE}
     */
    static void requirePrice(Money price) {
        if (!price.isPositive()
                || !price.isWhole()
                || !price.currency().equals(Money.CNY)
                || price.compareTo(MAX_PRICE) > 0) {
            throw new InvalidListingQuery("listingQuery.priceRange", MAX_PRICE);
        }
    }

    /**
     * Adds listings in one transaction: all of them or none. Read models such as search follow the
     * published event.
     */
    @Transactional
    public void list(Collection<ListWatch> watches) {
        watches.forEach(watch -> requirePrice(watch.price()));
        var ids = listings.insert(List.copyOf(watches));
        events.publishEvent(new ListingEvents.ListingsPublished(ids));
    }
}
