package io.escapement.search;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingEvents;
import io.escapement.catalog.ListingId;
import io.escapement.search.spi.SearchEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the catalog. Durable listeners (the event publication
 * registry hands out again whatever did not complete) re-read the listings an event names and
 * upsert them; the index is rebuilt in full when it is missing or misses listings at start-up,
 * and on command. Reading and writing a listing happen under its lock (one of {@value #STRIPES},
 * by id), so two events about one listing cannot overtake each other, while events about other
 * listings are indexed at the same time and share the engine's commits.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final Catalog catalog;
    private final SearchEngine engine;
    static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    SearchIndexer(Catalog catalog, SearchEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @ApplicationModuleListener
    void on(ListingEvents.ListingChange change) {
        refresh(change.ids());
        if (change instanceof ListingEvents.ListingsPublished) {
            change.ids().stream().max(Comparator.naturalOrder()).ifPresent(engine::recordLatestListingId);
        }
    }

    /** Re-reads these listings; those buyers may no longer see are removed. */
    void refresh(List<ListingId> ids) {
        var held = lockAll(ids.stream()
                .mapToInt(id -> Math.floorMod(Long.hashCode(id.value()), STRIPES))
                .distinct()
                .sorted());
        try {
            var visible = catalog.listings(ids);
            engine.upsert(visible);
            var gone = new ArrayList<>(ids);
            visible.forEach(listing -> gone.remove(listing.id()));
            if (!gone.isEmpty()) {
                engine.delete(gone);
            }
        } finally {
            held.forEach(ReentrantLock::unlock);
        }
    }

    /** Takes the locks of these stripes, in ascending order so that two callers never deadlock. */
    private List<ReentrantLock> lockAll(IntStream stripes) {
        var held = new ArrayList<ReentrantLock>();
        stripes.forEach(stripe -> {
            locks[stripe].lock();
            held.add(locks[stripe]);
        });
        return held;
    }

    /**
     * Once the application is up (demo data included): a full build when there is no index or it
     * has not seen the latest listing (a lost or restored index directory, say).
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildWhenStale() {
        var latest = catalog.latestListingId();
        var seen = engine.latestListingId();
        if (seen.isEmpty() || latest.isPresent() && seen.get().compareTo(latest.get()) < 0) {
            log.info("Search index missing or behind the catalog (seen {}, latest {}): rebuilding", seen, latest);
            rebuild();
        }
    }

    /** Rebuilds the whole index from the catalog; returns the number of listings indexed. */
    long rebuild() {
        var held = lockAll(IntStream.range(0, STRIPES));
        try {
            long started = System.nanoTime();
            engine.rebuild(catalog::forEachOnSaleOrSold, catalog.latestListingId());
            long count = engine.size();
            log.info("Search index rebuilt: {} listings in {} ms", count, (System.nanoTime() - started) / 1_000_000);
            return count;
        } finally {
            held.forEach(ReentrantLock::unlock);
        }
    }
}
