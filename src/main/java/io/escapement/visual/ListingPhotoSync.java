package io.escapement.visual;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingEvents;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingPhotos;
import io.escapement.catalog.ListingStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the photo index in step with the catalog: listings that go on sale (published, released)
 * join it, listings that leave the sale (reserved, sold, withdrawn) leave it. The listeners are
 * durable (event publication registry), and an index that is missing at start-up is built from
 * all listings on sale, in the background.
 */
@Component
class ListingPhotoSync {

    private static final Logger log = LoggerFactory.getLogger(ListingPhotoSync.class);
    private static final int BATCH = 200;

    /**
     * A listing's first two photos are described: photos its merchant uploaded come first, and the
     * drawn demo photos begin with the front and the three-quarter view, the ways a buyer
     * photographs a watch. The later drawn ones (the bracelet laid out, a close-up of the dial)
     * show parts, which would match the parts of other watches.
     */
    static final int DESCRIBED_PHOTOS = 2;

    private final Catalog catalog;
    private final ListingPhotos photos;
    private final VisualIndex index;
    private final boolean indexing;

    ListingPhotoSync(
            Catalog catalog,
            ListingPhotos photos,
            VisualIndex index,
            @Value("${escapement.visual.indexing:true}") boolean indexing) {
        this.catalog = catalog;
        this.photos = photos;
        this.index = index;
        this.indexing = indexing;
    }

    /**
     * Every change but a new price or a hold can move a listing in or out of sale, so of the index;
     * a change of its photos changes what is described. Held listings stay in the index: photo
     * search leaves them out at the time of the search, when a hold may have lapsed.
     */
    @ApplicationModuleListener
    void on(ListingEvents.ListingChange change) {
        if (!(change instanceof ListingEvents.ListingRepriced
                || change instanceof ListingEvents.ListingHeld
                || change instanceof ListingEvents.ListingReleased)) {
            sync(change.ids());
        }
    }

    /**
     * Builds a missing index in the background. {@code escapement.visual.indexing=false} leaves the
     * photo index alone, here and in the listeners: for benchmarks of other modules on a generated
     * catalog of a million listings, whose photos would take hours to draw and describe.
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildIfMissing() {
        if (indexing && index.wasCreated()) {
            var builder = new Thread(this::rebuild, "photo-index-build");
            builder.setDaemon(true);
            builder.start();
        }
    }

    /** Indexes every listing on sale; returns how many. */
    int rebuild() {
        long started = System.nanoTime();
        int count = 0;
        ListingId after = null;
        for (var ids = catalog.onSaleIdsAfter(after, BATCH);
                !ids.isEmpty();
                ids = catalog.onSaleIdsAfter(after, BATCH)) {
            sync(ids);
            count += ids.size();
            after = ids.get(ids.size() - 1);
        }
        index.built();
        log.info("Photo index built: {} listings in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    /** Brings these listings' entries up to date with their current status. */
    void sync(List<ListingId> ids) {
        if (!indexing) {
            return;
        }
        var onSale = catalog.listings(ids).stream()
                .filter(listing -> listing.status() == ListingStatus.ON_SALE && listing.photoCount() > 0)
                .map(this::describe)
                .toList();
        index.put(onSale);
        var described = onSale.stream().map(VisualIndex.Described::listingId).collect(Collectors.toSet());
        var gone = ids.stream()
                .map(ListingId::value)
                .filter(id -> !described.contains(id))
                .toList();
        if (!gone.isEmpty()) {
            index.remove(gone);
        }
    }

    private VisualIndex.Described describe(Listing listing) {
        return new VisualIndex.Described(
                listing.id().value(),
                IntStream.range(0, Math.min(DESCRIBED_PHOTOS, listing.photoCount()))
                        .mapToObj(position -> photos.jpeg(listing.id(), position, ListingPhotos.Size.THUMBNAIL))
                        .flatMap(Optional::stream)
                        .map(jpeg -> PhotoDescriptor.describe(PhotoDecoder.decode(jpeg)))
                        .toList());
    }
}
