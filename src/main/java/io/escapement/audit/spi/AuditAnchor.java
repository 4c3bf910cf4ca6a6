package io.escapement.audit.spi;

import java.util.Optional;

/**
 * Keeps the audit chain's signed head outside the database (ADR 22), so that whoever can rewrite
 * the database cannot also cut or replace the trail unseen: the verifier compares the database
 * with the last anchor. The default writes a file; another implementation may write to a
 * write-once store or another host. Keeps P-5.
 */
public interface AuditAnchor {

    /** The last head written, or empty when none ever was. */
    Optional<SignedHead> read();

    /** Replaces the head, atomically: a reader sees the old head or the new one, never a mix. */
    void write(SignedHead head);

    /**
     * The head of the chain: the sequence number and hash of its last entry, signed with the
     * audit signing key.
     */
    record SignedHead(long seq, byte[] hash, byte[] signature) {}
}
