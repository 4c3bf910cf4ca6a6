package io.escapement.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * An on-sale watch kept for one buyer while they pay: by whom (an opaque holder, such as an order)
 * and until when. A hold whose time has passed holds nothing.
 */
public record Hold(UUID holder, Instant until) {

    public boolean holdsAt(Instant at) {
        return until.isAfter(at);
    }
}
