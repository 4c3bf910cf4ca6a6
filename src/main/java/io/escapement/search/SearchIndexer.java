package io.escapement.search;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingEvents;
import io.escapement.catalog.ListingId;
import io.escapement.search.spi.SearchEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
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
 * and on command. Reading and writing happen under one lock, so two events about one listing
 * cannot overtake each other.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final Catalog catalog;
    private final SearchEngine engine;
    private final ReentrantLock lock = new ReentrantLock();

    SearchIndexer(Catalog catalog, SearchEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
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
        lock.lock();
        try {
            var visible = catalog.listings(ids);
            engine.upsert(visible);
            var gone = new ArrayList<>(ids);
            visible.forEach(listing -> gone.remove(listing.id()));
            if (!gone.isEmpty()) {
                engine.delete(gone);
            }
        } finally {
            lock.unlock();
        }
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
        lock.lock();
        try {
            long started = System.nanoTime();
            engine.rebuild(catalog::forEachOnSaleOrSold, catalog.latestListingId());
            long count = engine.size();
            log.info("Search index rebuilt: {} listings in {} ms", count, (System.nanoTime() - started) / 1_000_000);
            return count;
        } finally {
            lock.unlock();
        }
    }
}
