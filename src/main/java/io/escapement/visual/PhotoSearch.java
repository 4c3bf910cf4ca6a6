package io.escapement.visual;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Photo shopping (C-7): the listings on sale that look most like an uploaded photo. The photo is
 * decoded and described in memory and then dropped: it is never written to disk, the database or
 * the log.
 */
@Service
public class PhotoSearch {

    public static final int MAX_RESULTS = 20;

    /**
     * A photo shows a watch we recognise when it has enough detail ({@link
     * PhotoFeatures.Prepared#detail()}: not a blank wall, a gradient or a blur) and contrast
     * ({@link PhotoFeatures.Prepared#contrast()}: not a flat colour or noise), and its nearest
     * listing photo is similar enough (cosine; a screenshot's or a document's nearest watch is far).
     * Measured by {@code PhotoRecognitionTests} (ADR 0030).
     */
    static final double WATCH_DETAIL = 0.1, WATCH_CONTRAST = 0.08;

    static final float WATCH_SIMILARITY = 0.8f;

    /** The query is also looked at from further away, as buyers' photos are often framed tighter. */
    static final List<Double> ZOOM_OUT = List.of(1.0, 1.12, 1.25);

    /** Query photos are decoded with about this many pixels on the short side, whatever their size. */
    static final int DESCRIBED_SIDE = 400;

    private final VisualIndex index;
    private final ListingPhotoSync sync;
    private final Catalog catalog;

    PhotoSearch(VisualIndex index, ListingPhotoSync sync, Catalog catalog) {
        this.index = index;
        this.sync = sync;
        this.catalog = catalog;
    }

    /**
     * Whether every listing on sale can be found by its photos yet: after a first start, a rebuild
     * or a new descriptor, the index is built in the background and searches see only part of the
     * shop until it is complete.
     */
    public IndexState indexState() {
        return sync.state();
    }

    /**
     * Up to {@code limit} (at most {@link #MAX_RESULTS}) listings on sale, most similar first; none
     * when the photo shows no watch we recognise.
     *
     * @throws UnacceptablePhoto when the upload is not a JPEG, PNG or WebP photo we can safely read
     */
    public Matches search(byte[] upload, int limit) {
        var photo = PhotoFeatures.prepare(PhotoDecoder.decode(upload, DESCRIBED_SIDE));
        if (photo.detail() < WATCH_DETAIL || photo.contrast() < WATCH_CONTRAST) {
            return Matches.NO_WATCH;
        }
        var matches =
                index.matches(PhotoDescriptor.describe(photo, ZOOM_OUT), Math.max(1, Math.min(MAX_RESULTS, limit)));
        if (!matches.isEmpty() && matches.get(0).similarity() < WATCH_SIMILARITY) {
            return Matches.NO_WATCH;
        }
        var listings =
                catalog
                        .listings(ListingId.all(matches.stream()
                                .map(VisualIndex.Match::listingId)
                                .toList()))
                        .stream()
                        .filter(Listing::buyable)
                        .toList();
        return new Matches(true, listings);
    }

    /** The listings of {@link #search}. */
    public List<Listing> similarTo(byte[] upload, int limit) {
        return search(upload, limit).listings();
    }

    /**
     * What a photo search found.
     *
     * @param watchRecognised false when the photo looked like no watch (a screenshot, a document, a
     *     blank or blurred picture): then there are no listings, and the buyer is asked for a clearer
     *     photo of a watch
     * @param listings listings on sale, most similar first
     */
    public record Matches(boolean watchRecognised, List<Listing> listings) {

        static final Matches NO_WATCH = new Matches(false, List.of());
    }

    /**
     * How far the photo index is.
     *
     * @param complete whether every listing on sale is in it
     * @param percent how much of a build is done, 0 to 100 (100 when complete)
     */
    public record IndexState(boolean complete, int percent) {

        static final IndexState COMPLETE = new IndexState(true, 100);
    }
}
