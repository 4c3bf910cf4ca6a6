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

    /** The query is also looked at from further away, as buyers' photos are often framed tighter. */
    static final List<Double> ZOOM_OUT = List.of(1.0, 1.12, 1.25);

    /** Query photos are decoded with about this many pixels on the short side, whatever their size. */
    static final int DESCRIBED_SIDE = 400;

    private final VisualIndex index;
    private final Catalog catalog;

    PhotoSearch(VisualIndex index, Catalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    /**
     * Up to {@code limit} (at most {@link #MAX_RESULTS}) listings on sale, most similar first.
     *
     * @throws UnacceptablePhoto when the upload is not a JPEG, PNG or WebP photo we can safely read
     */
    public List<Listing> similarTo(byte[] upload, int limit) {
        var photo = PhotoDecoder.decode(upload, DESCRIBED_SIDE);
        var views = PhotoDescriptor.describe(photo, ZOOM_OUT);
        int k = Math.max(1, Math.min(MAX_RESULTS, limit));
        return catalog.listings(ListingId.all(index.nearest(views, k))).stream()
                .filter(Listing::buyable)
                .toList();
    }
}
