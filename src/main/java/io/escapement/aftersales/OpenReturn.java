package io.escapement.aftersales;

import java.util.List;

/**
 * A buyer's request to return the watch of one of their orders.
 *
 * @param reason why, at most {@value ReturnCase#MAX_TEXT} characters
 * @param asSentWithBoxAndPapers the buyer declares the watch is in the state it was sent, with its
 *     box and papers if it came with them
 * @param photos up to {@value Returns#MAX_PHOTOS} photos as uploaded (JPEG, PNG or WebP); re-encoded
 *     without metadata before they are kept
 */
public record OpenReturn(String reason, boolean asSentWithBoxAndPapers, List<byte[]> photos) {

    public OpenReturn {
        photos = List.copyOf(photos);
    }
}
