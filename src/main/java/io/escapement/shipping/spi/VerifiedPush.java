package io.escapement.shipping.spi;

import java.util.List;
import java.util.Objects;

/**
 * One webhook call whose signature verified.
 *
 * @param replayKey what identifies this signed call, e.g. its nonce: the carrier signs every call
 *     anew, also a retry, so a second call with the same key within the signature's validity is a
 *     replay
 * @param events its tracking events, those of codes the platform follows
 */
public record VerifiedPush(String replayKey, List<TrackingEvent> events) {

    public VerifiedPush {
        Objects.requireNonNull(replayKey, "replayKey");
        events = List.copyOf(events);
    }
}
