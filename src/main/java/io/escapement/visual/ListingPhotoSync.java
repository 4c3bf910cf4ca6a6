package io.escapement.visual;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingEvents;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingPhotos;
import io.escapement.catalog.ListingStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the photo index in step with the catalog: listings that go on sale (published, released)
 * join it, listings that leave the sale (reserved, sold, withdrawn) leave it. The listeners are
 * durable (event publication registry), and an index that is missing at start-up is built from
 * all listings on sale, in the background. All describing runs on the {@link PhotoIndexer}'s one
 * thread: a full build batch by batch, with the listeners' changes in between.
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
    private final PhotoIndexer indexer;
    private final boolean indexing;
    private volatile int percentBuilt;

    ListingPhotoSync(
            Catalog catalog,
            ListingPhotos photos,
            VisualIndex index,
            PhotoIndexer indexer,
            @Value("${escapement.visual.indexing:true}") boolean indexing) {
        this.catalog = catalog;
        this.photos = photos;
        this.index = index;
        this.indexer = indexer;
        this.indexing = indexing;
    }

    /**
     * Every change but a new price or a hold can move a listing in or out of sale, so of the index;
     * a change of its photos changes what is described. Held listings stay in the index: photo
     * search leaves them out at the time of the search, when a hold may have lapsed.
     *
     * <p>Durable like an {@code @ApplicationModuleListener} (the publication registry resubmits it
     * until it completes) but without a transaction of its own: it waits for the indexer thread,
     * and a listener that held a database connection while waiting would starve the indexer, and
     * the shop, of connections.
     */
    @Async
    @TransactionalEventListener
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
            build();
        }
    }

    /** Indexes every listing on sale and waits; returns how many. */
    int rebuild() {
        return build().join();
    }

    /** How far the index is: complete, or the share of a build done so far. */
    PhotoSearch.IndexState state() {
        return index.isComplete() ? PhotoSearch.IndexState.COMPLETE : new PhotoSearch.IndexState(false, percentBuilt);
    }

    /** Brings these listings' entries up to date with their current status, and waits. */
    void sync(List<ListingId> ids) {
        if (indexing) {
            indexer.run(() -> describe(ids));
        }
    }

    /** Starts indexing every listing on sale, one batch at a time on the indexer's thread. */
    private CompletableFuture<Integer> build() {
        var done = new CompletableFuture<Integer>();
        long latest = catalog.latestListingId().map(ListingId::value).orElse(0L);
        long started = System.nanoTime();
        indexer.execute(() -> buildAfter(null, 0, latest, started, done));
        return done;
    }

    private void buildAfter(
            @Nullable ListingId after, int count, long latest, long started, CompletableFuture<Integer> done) {
        try {
            var ids = catalog.onSaleIdsAfter(after, BATCH);
            if (ids.isEmpty()) {
                index.built();
                log.info("Photo index built: {} listings in {} ms", count, (System.nanoTime() - started) / 1_000_000);
                done.complete(count);
                return;
            }
            describe(ids);
            var last = ids.get(ids.size() - 1);
            percentBuilt = (int) Math.min(99, 100 * last.value() / Math.max(1, latest));
            indexer.execute(() -> buildAfter(last, count + ids.size(), latest, started, done));
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
            throw e;
        }
    }

    private void describe(List<ListingId> ids) {
        var onSale = new ArrayList<VisualIndex.Described>();
        for (var listing : catalog.listings(ids)) {
            if (listing.status() == ListingStatus.ON_SALE && listing.photoCount() > 0) {
                indexer.stepAside();
                onSale.add(describe(listing));
            }
        }
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
