package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
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
        long latest = fixture.engine.latestListingId().orElseThrow();
        assertThat(before).isNotEmpty();
        fixture.engine.recordLatestListingId(latest - 1);
        assertThat(fixture.engine.latestListingId()).contains(latest);
        fixture.engine.recordLatestListingId(latest + 5);
        fixture.engine.close();

        try (var reopened = new LuceneSearchEngine(
                directory, new WatchVocabulary(catalog.brands(), catalog.references(Optional.empty())))) {
            assertThat(reopened.latestListingId()).contains(latest + 5);
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
                    published(model, 10_001, model.publishedAt().plusSeconds(3_600)), // newest
                    published(model, 10_002, Instant.ofEpochSecond(1)))); // oldest
            var expected = new ArrayList<Long>();
            expected.add(10_001L);
            expected.addAll(before);
            expected.add(10_002L);
            assertThat(fixture.search("绿水鬼", 24).ids()).containsExactlyElementsOf(expected);
        }
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

    private static Listing published(Listing model, long id, Instant at) {
        return new Listing(
                id,
                model.brand(),
                model.reference(),
                model.merchantId(),
                model.maskedSerial(),
                model.year(),
                model.condition(),
                model.boxAndPapers(),
                model.priceCny(),
                model.city(),
                model.status(),
                model.photoCount(),
                model.descriptionZh(),
                model.descriptionEn(),
                at);
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
