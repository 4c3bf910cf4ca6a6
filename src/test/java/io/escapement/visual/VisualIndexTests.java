package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.CaseMaterial;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk photo index: several photos per listing, and no descriptors of another kind. */
class VisualIndexTests {

    @TempDir
    Path directory;

    private final float[] diver =
            PhotoDescriptor.describe(TestPhotos.watch(TestPhotos.BLACK_DIVER, CaseMaterial.STAINLESS_STEEL, 7));
    private final float[] dressWatch =
            PhotoDescriptor.describe(TestPhotos.watch(TestPhotos.WHITE_DRESS_WATCH, CaseMaterial.YELLOW_GOLD, 7));

    @Test
    void findsAListingByAnyOfItsPhotosOnceAndForgetsAllOfThemTogether() throws IOException {
        var index = new VisualIndex(directory);
        assertThat(index.wasCreated()).isTrue();
        index.put(List.of(new VisualIndex.Described(1, List.of(diver, dressWatch))));
        index.put(List.of(new VisualIndex.Described(2, List.of(dressWatch))));
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.nearest(diver, 5)).containsExactly(1L, 2L);

        index.put(List.of(new VisualIndex.Described(1, List.of(diver))));
        assertThat(index.size()).isEqualTo(2);
        index.remove(List.of(1L));
        assertThat(index.nearest(diver, 5)).containsExactly(2L);
        index.built();
        index.destroy();

        var reopened = new VisualIndex(directory);
        assertThat(reopened.wasCreated()).isFalse();
        assertThat(reopened.size()).isEqualTo(1);
        reopened.destroy();
    }

    @Test
    void anIndexWhoseBuildWasCutShortIsBuiltAgain() throws IOException {
        var index = new VisualIndex(directory);
        index.put(List.of(new VisualIndex.Described(1, List.of(diver))));
        index.destroy();

        var reopened = new VisualIndex(directory);
        assertThat(reopened.wasCreated()).isTrue();
        assertThat(reopened.size()).isZero();
        reopened.destroy();
    }

    @Test
    void anIndexOfOtherDescriptorsIsEmptiedAndBuiltAgain() throws IOException {
        var index = new VisualIndex(directory);
        index.put(List.of(new VisualIndex.Described(1, List.of(diver))));
        index.built();
        index.destroy();
        try (var lucene = FSDirectory.open(directory);
                var writer = new IndexWriter(lucene, new IndexWriterConfig())) {
            writer.setLiveCommitData(
                    Map.of("descriptor", "an older descriptor", "built", "true").entrySet());
            writer.commit();
        }

        var reopened = new VisualIndex(directory);
        assertThat(reopened.wasCreated()).isTrue();
        assertThat(reopened.size()).isZero();
        reopened.destroy();
    }
}
