package io.escapement.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
    static final long MAX_PRICE = 100_000_000;

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

    public Optional<WatchReference> reference(long id) {
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

    /** The listings with these ids that buyers may see (on sale, reserved or sold), in the same order. */
    public List<Listing> listings(List<Long> ids) {
        return listings.findAll(ids).stream().filter(Catalog::visible).toList();
    }

    /** Hands every listing on sale or sold to {@code sink}, streamed from the database. */
    @Transactional(readOnly = true)
    public void forEachOnSaleOrSold(Consumer<Listing> sink) {
        listings.forEachInStatus(List.of(ListingStatus.ON_SALE, ListingStatus.SOLD), sink);
    }

    /** The highest listing id so far (0 for none): read models compare it to the last one they saw. */
    public long latestListingId() {
        return listings.latestId();
    }

    /** A listing buyers may see: on sale, reserved or sold. */
    public Optional<Listing> listing(long id) {
        return listings.find(id).filter(Catalog::visible);
    }

    private static boolean visible(Listing listing) {
        return listing.status() != ListingStatus.DRAFT && listing.status() != ListingStatus.WITHDRAWN;
    }

    /** Walks the ids of listings on sale in ascending order, for read models that rebuild themselves. */
    public List<Long> onSaleIdsAfter(long afterId, int limit) {
        return listings.onSaleIdsAfter(afterId, limit);
    }

    public List<Listing> featured(int limit) {
        return listings.featured(limit);
    }

    public List<Listing> newArrivals(int limit) {
        return listings.newest(limit);
    }

    /** Number of listings in any status. */
    public long countListings() {
        return listings.count();
    }

    /**
     * A merchant's own listings in any status, newest first. The merchant id is part of the query,
     * so one merchant never reads another's listings (P-7).
     */
    public List<Listing> listingsOf(long merchantId) {
        return listings.ofMerchant(merchantId, MERCHANT_PAGE);
    }

    /** One of the merchant's own listings; empty for another merchant's. */
    public Optional<Listing> listingOf(long merchantId, long listingId) {
        return listings.find(listingId).filter(listing -> listing.merchantId() == merchantId);
    }

    /**
     * Changes the asking price of one of the merchant's own draft or on-sale listings; read models
     * such as search follow the published event.
     *
     * @return false when the merchant has no such listing, or it is reserved, sold or withdrawn
     * @throws InvalidListingQuery when the price is out of range
     */
    @Transactional
    public boolean reprice(long merchantId, long listingId, long priceCny) {
        if (priceCny < 1 || priceCny > MAX_PRICE) {
            throw new InvalidListingQuery("listingQuery.priceRange", MAX_PRICE);
        }
        var changed = listings.reprice(merchantId, listingId, priceCny);
        if (changed) {
            events.publishEvent(new ListingEvents.ListingRepriced(listingId));
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
     * @return false when the merchant has no such listing, it is reserved, sold or withdrawn, or it
     *     has {@link #MAX_UPLOADED_PHOTOS} uploaded photos already
     * @throws IllegalArgumentException when the bytes are not a JPEG free of metadata
     */
    @Transactional
    public boolean addPhoto(long merchantId, long listingId, byte[] jpeg) {
        if (!ListingPhotos.isBareJpeg(jpeg)) {
            throw new IllegalArgumentException("A listing photo must be a JPEG with no metadata");
        }
        return photosChanged(
                listingId, uploads.add(merchantId, listingId, UUID.randomUUID(), jpeg, MAX_UPLOADED_PHOTOS));
    }

    /**
     * The photos the merchant uploaded to one of its own listings, in upload order (the first is
     * at position 0); empty for another merchant's listing.
     */
    public List<UUID> uploadedPhotos(long merchantId, long listingId) {
        return uploads.names(merchantId, listingId);
    }

    /**
     * Removes an uploaded photo from one of the merchant's own draft or on-sale listings. Publishes
     * {@link ListingEvents.ListingPhotosChanged}.
     *
     * @return false when the merchant has no such listing or photo, or the listing is reserved,
     *     sold or withdrawn
     */
    @Transactional
    public boolean removePhoto(long merchantId, long listingId, UUID photo) {
        return photosChanged(listingId, uploads.remove(merchantId, listingId, photo));
    }

    private boolean photosChanged(long listingId, boolean changed) {
        if (changed) {
            events.publishEvent(new ListingEvents.ListingPhotosChanged(listingId));
        }
        return changed;
    }

    /** Reserves an on-sale watch for a buyer who is paying; false when it is not on sale. */
    @Transactional
    public boolean reserve(long listingId) {
        return move(
                listingId,
                Set.of(ListingStatus.ON_SALE),
                ListingStatus.RESERVED,
                new ListingEvents.ListingReserved(listingId));
    }

    /** Puts a reserved watch back on sale; false when it is not reserved. */
    @Transactional
    public boolean release(long listingId) {
        return move(
                listingId,
                Set.of(ListingStatus.RESERVED),
                ListingStatus.ON_SALE,
                new ListingEvents.ListingReleased(listingId));
    }

    /** Marks an on-sale or reserved watch sold; false when it is neither. */
    @Transactional
    public boolean sell(long listingId) {
        return move(
                listingId,
                Set.of(ListingStatus.ON_SALE, ListingStatus.RESERVED),
                ListingStatus.SOLD,
                new ListingEvents.ListingSold(listingId));
    }

    /** The merchant withdraws one of its own draft or on-sale listings; false when it has none such. */
    @Transactional
    public boolean withdraw(long merchantId, long listingId) {
        return listingOf(merchantId, listingId).isPresent()
                && move(
                        listingId,
                        Set.of(ListingStatus.DRAFT, ListingStatus.ON_SALE),
                        ListingStatus.WITHDRAWN,
                        new ListingEvents.ListingWithdrawn(listingId));
    }

    private boolean move(long listingId, Set<ListingStatus> from, ListingStatus to, Object event) {
        var moved = listings.changeStatus(listingId, from, to);
        if (moved) {
            events.publishEvent(event);
        }
        return moved;
    }

    /**
     * Adds listings in one transaction: all of them or none. Read models such as search follow the
     * published event.
     */
    @Transactional
    public void list(Collection<ListWatch> watches) {
        var ids = listings.insert(List.copyOf(watches));
        events.publishEvent(new ListingEvents.ListingsPublished(ids));
    }
}
