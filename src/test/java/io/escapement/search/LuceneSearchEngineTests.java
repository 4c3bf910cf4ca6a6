package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.Hold;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.PageSpec;
import io.escapement.money.Money;
import io.escapement.search.spi.Availability;
import io.escapement.search.spi.SearchRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The index on disk: it survives a restart, remembers how far it has seen the catalog, and is
 * replaced when of an older layout.
 */
@SpringBootTest
class LuceneSearchEngineTests {

    @Autowired
    Catalog catalog;

    @TempDir
    Path directory;

    @Test
    void survivesARestartWithItsListingsAndTheLatestListingIdSeen() throws Exception {
        var fixture = new SearchFixture(catalog, directory);
        var before = fixture.search("绿水鬼", 10).ids();
        long latest = fixture.engine.latestListingId().orElseThrow().value();
        assertThat(before).isNotEmpty();
        fixture.engine.recordLatestListingId(new ListingId(latest - 1));
        assertThat(fixture.engine.latestListingId()).contains(new ListingId(latest));
        fixture.engine.recordLatestListingId(new ListingId(latest + 5));
        fixture.engine.close();

        try (var reopened = new LuceneSearchEngine(
                directory, new WatchVocabulary(catalog.brands(), catalog.references(Optional.empty())))) {
            assertThat(reopened.latestListingId()).contains(new ListingId(latest + 5));
            assertThat(reopened.size()).isEqualTo(fixture.listings.size());
            reopened.delete(List.of(before.get(0)));
            assertThat(reopened.size()).isEqualTo(fixture.listings.size() - 1);
        }
    }

    @Test
    void facetCountsFollowChanges() throws Exception {
        var fixture = new SearchFixture(catalog, directory);
        try (var engine = fixture.engine) {
            var before = fixture.search("劳力士", 24);
            assertThat(fixture.search("劳力士", 24).facets()).isEqualTo(before.facets());
            engine.delete(List.of(before.ids().get(0)));
            var after = fixture.search("劳力士", 24);
            assertThat(after.total()).isEqualTo(before.total() - 1);
            assertThat(after.facets().brands().get(0).count())
                    .isEqualTo(before.facets().brands().get(0).count() - 1);
        }
    }

    @Test
    void ordersEqualScoresNewestFirstAcrossSegments() throws Exception {
        var fixture = new SearchFixture(catalog, directory);
        try (var engine = fixture.engine) {
            var before = fixture.search("绿水鬼", 24).ids();
            var model = fixture.listing(before.get(0));
            engine.upsert(List.of(
                    copy(
                            model,
                            10_001,
                            model.price().wholeUnits(),
                            model.publishedAt().plusSeconds(3_600)), // newest
                    copy(model, 10_002, model.price().wholeUnits(), Instant.ofEpochSecond(1)))); // oldest
            var expected = new ArrayList<ListingId>();
            expected.add(new ListingId(10_001));
            expected.addAll(before);
            expected.add(new ListingId(10_002));
            assertThat(fixture.search("绿水鬼", 24).ids()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void ordersEqualPricesByIdAcrossSegments() throws Exception {
        var fixture = new SearchFixture(catalog, directory);
        try (var engine = fixture.engine) {
            var model = fixture.listing(fixture.search("绿水鬼", 1).ids().get(0));
            engine.upsert(List.of(
                    copy(model, 10_002, 1, model.publishedAt()),
                    copy(model, 10_001, 1, model.publishedAt()),
                    copy(model, 10_003, 2_000_000_000, model.publishedAt())));
            engine.upsert(List.of(
                    copy(model, 10_000, 1, model.publishedAt()),
                    copy(model, 10_004, 2_000_000_000, model.publishedAt())));
            assertThat(fixture.engine.search(request(ListingSort.PRICE_ASC)).ids())
                    .containsExactlyElementsOf(ListingId.all(List.of(10_000L, 10_001L, 10_002L)));
            assertThat(fixture.engine.search(request(ListingSort.PRICE_DESC)).ids())
                    .containsExactlyElementsOf(ListingId.all(List.of(10_004L, 10_003L)));
        }
    }

    private static SearchRequest request(ListingSort sort) {
        return new SearchRequest(
                "",
                ListingFilter.NONE,
                Availability.ON_SALE,
                sort,
                new PageSpec(1, sort == ListingSort.PRICE_ASC ? 3 : 2));
    }

    @Test
    void replacesAnIndexOfAnOlderLayoutWithAnEmptyOneToRebuild() throws Exception {
        var old = directory.resolve("old");
        try (var files = FSDirectory.open(old);
                var writer = new IndexWriter(files, new IndexWriterConfig())) {
            var document = new Document();
            document.add(new LongField(ListingDocument.PUBLISHED, 1, Store.NO));
            writer.addDocument(document);
            writer.setLiveCommitData(
                    Map.of(LuceneSearchEngine.LATEST_LISTING_ID, "42").entrySet());
            writer.commit();
        }
        try (var engine = new LuceneSearchEngine(
                old, new WatchVocabulary(catalog.brands(), catalog.references(Optional.empty())))) {
            assertThat(engine.latestListingId()).isEmpty();
            assertThat(engine.size()).isZero();
        }
    }

    /** A copy of the model listing with another id, price and publication time. */
    private static Listing copy(Listing model, long id, long yuan, Instant published) {
        return copy(model, id, yuan, published, null);
    }

    private static Listing copy(Listing model, long id, long yuan, Instant published, @Nullable Hold hold) {
        return new Listing(
                new ListingId(id),
                model.brand(),
                model.reference(),
                model.merchantId(),
                model.maskedSerial(),
                model.year(),
                model.condition(),
                model.boxAndPapers(),
                Money.yuan(yuan),
                model.city(),
                model.status(),
                hold,
                model.photoCount(),
                model.descriptionZh(),
                model.descriptionEn(),
                published);
    }

    @Test
    void findsAHeldListingOnlyOnceItsHoldHasLapsed() throws Exception {
        var fixture = new SearchFixture(catalog, directory);
        try (var engine = fixture.engine) {
            var model = fixture.listing(fixture.search("绿水鬼", 1).ids().get(0));
            var now = Instant.now();
            engine.upsert(List.of(
                    copy(model, 10_001, 7, model.publishedAt(), new Hold(UUID.randomUUID(), now.plusSeconds(600))),
                    copy(model, 10_002, 7, model.publishedAt(), new Hold(UUID.randomUUID(), now.minusSeconds(2))),
                    copy(model, 10_003, 7, model.publishedAt())));
            var sevenYuan = ListingFilter.NONE.withPrices(Money.yuan(7), Money.yuan(7));
            for (var availability : List.of(Availability.ON_SALE, Availability.ALL)) {
                var request =
                        new SearchRequest("", sevenYuan, availability, ListingSort.PRICE_ASC, new PageSpec(1, 10));
                assertThat(engine.search(request).ids())
                        .as(availability.name())
                        .containsExactlyElementsOf(ListingId.all(List.of(10_002L, 10_003L)));
            }
        }
    }

    @Test
    void concurrentChangesAreEachSearchableWhenTheirCallReturnsAndSurviveARestart() throws Exception {
        var fixture = new SearchFixture(catalog, directory);
        var model = fixture.listing(fixture.search("绿水鬼", 1).ids().get(0));
        var unseen = new java.util.concurrent.ConcurrentLinkedQueue<Object>();
        var start = new java.util.concurrent.CountDownLatch(1);
        var writers = new ArrayList<Thread>();
        for (int t = 0; t < 8; t++) {
            long first = 20_000 + t * 100L;
            var writer = new Thread(() -> {
                try {
                    start.await();
                    for (long id = first; id < first + 25; id++) {
                        // a price of its own finds this listing alone
                        fixture.engine.upsert(List.of(copy(model, id, id * 1000 + 7, model.publishedAt())));
                        var itsPrice =
                                ListingFilter.NONE.withPrices(Money.yuan(id * 1000 + 7), Money.yuan(id * 1000 + 7));
                        var found = fixture.engine.search(new SearchRequest(
                                "", itsPrice, Availability.ALL, ListingSort.PRICE_ASC, new PageSpec(1, 1)));
                        if (!found.ids().equals(List.of(new ListingId(id)))) {
                            unseen.add(id);
                        }
                    }
                } catch (InterruptedException | RuntimeException e) {
                    unseen.add(e);
                }
            });
            writer.start();
            writers.add(writer);
        }
        start.countDown();
        for (var writer : writers) {
            writer.join();
        }
        assertThat(unseen).isEmpty();
        fixture.engine.close();

        try (var reopened = new LuceneSearchEngine(
                directory, new WatchVocabulary(catalog.brands(), catalog.references(Optional.empty())))) {
            assertThat(reopened.size()).isEqualTo(fixture.listings.size() + 8 * 25);
        }
    }

    @Test
    void aNewIndexHasSeenNothing() throws Exception {
        try (var empty = new LuceneSearchEngine(
                directory.resolve("empty"),
                new WatchVocabulary(catalog.brands(), catalog.references(Optional.empty())))) {
            assertThat(empty.latestListingId()).isEmpty();
            assertThat(empty.size()).isZero();
        }
    }
}
