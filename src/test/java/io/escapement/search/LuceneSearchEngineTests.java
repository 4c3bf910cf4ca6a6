package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.Catalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The index on disk: it survives a restart and remembers how far it has seen the catalog. */
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
    void aNewIndexHasSeenNothing() throws Exception {
        try (var empty = new LuceneSearchEngine(
                directory.resolve("empty"),
                new WatchVocabulary(catalog.brands(), catalog.references(Optional.empty())))) {
            assertThat(empty.latestListingId()).isEmpty();
            assertThat(empty.size()).isZero();
        }
    }
}
