package io.escapement.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of the trail. Its hash covers every column and the previous entry's hash, so editing,
 * removing or reordering entries breaks the chain.
 *
 * @param reason why a staff member unmasked the value, when stated
 */
record AuditEntry(
        long seq,
        Instant at,
        UUID subject,
        String field,
        String category,
        String action,
        String purpose,
        String accessorKind,
        String accessorReference,
        @Nullable String accessorRole,
        @Nullable String caseReference,
        @Nullable String reason,
        byte[] previousHash) {

    static final byte[] GENESIS = new byte[32];

    byte[] hash() {
        var columns = String.join(
                "\u001F",
                Long.toString(seq),
                at.toString(),
                subject.toString(),
                field,
                category,
                action,
                purpose,
                accessorKind,
                accessorReference,
                accessorRole == null ? "" : accessorRole,
                caseReference == null ? "" : caseReference,
                HexFormat.of().formatHex(previousHash));
        // appended only when stated, so that entries written before reasons existed keep their hash
        var content = reason == null ? columns : columns + "\u001F" + reason;
        try {
            return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a checkpoint signs: the position and hash of the head of the chain. */
    static byte[] checkpointContent(long seq, byte[] hash) {
        return (seq + ":" + HexFormat.of().formatHex(hash)).getBytes(StandardCharsets.UTF_8);
    }
}
