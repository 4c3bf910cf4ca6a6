package io.escapement.audit;

import io.escapement.audit.spi.AuditAnchor;
import io.escapement.audit.spi.AuditAnchor.SignedHead;
import io.escapement.vault.Seals;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the anchor with every committed entry, forward only: commits that finish out of order, or
 * a trail cut behind the anchor, never move it back. An anchor that went missing while the trail
 * has entries is not created again, so that deleting it does not hide a cut (ADR 22).
 */
final class ChainAnchor {

    private static final Logger log = LoggerFactory.getLogger(ChainAnchor.class);

    private final AuditAnchor anchor;
    private final Seals seals;
    private long anchored = -1;
    private long firstAppended;

    ChainAnchor(AuditAnchor anchor, Seals seals) {
        this.anchor = anchor;
        this.seals = seals;
    }

    /** The last anchor, when there is one; its signature is not checked here. */
    Optional<SignedHead> read() {
        return anchor.read();
    }

    boolean signatureMatches(SignedHead head) {
        return seals.signatureMatches(content(head.seq(), head.hash()), head.signature());
    }

    /** Called in order, under the append lock, before each entry is written. */
    synchronized void appending(long seq) {
        if (firstAppended == 0) {
            firstAppended = seq;
        }
    }

    /** Anchors the committed entry {@code seq} with {@code hash}, if it lies beyond the anchor. */
    synchronized void advance(long seq, byte[] hash) {
        if (anchored < 0) {
            anchored = anchor.read().map(SignedHead::seq).orElse(firstAppended == 1 ? 0L : Long.MAX_VALUE);
            if (anchored == Long.MAX_VALUE) {
                log.error(
                        "The audit anchor {} is missing although the trail had entries; it is not created again",
                        anchor);
            }
        }
        if (seq > anchored) {
            anchor.write(new SignedHead(seq, hash, seals.sign(content(seq, hash))));
            anchored = seq;
        }
    }

    private static byte[] content(long seq, byte[] hash) {
        return ("anchor:" + seq + ":" + HexFormat.of().formatHex(hash)).getBytes(StandardCharsets.US_ASCII);
    }
}
