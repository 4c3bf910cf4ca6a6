package io.escapement.vault.spi;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps each data subject's wrapped data keyset, apart from the database that holds the
 * ciphertexts: a database backup then contains no key, and destroying a subject's key here makes
 * every copy of its data unreadable (crypto-shredding, R-3).
 */
public interface DataKeyStore {

    Optional<byte[]> find(UUID subject);

    void save(UUID subject, byte[] wrappedKeyset);

    /** Destroys the key irrevocably; a later {@link #find} returns empty. */
    void destroy(UUID subject);

    /** Every subject that still has a key. */
    Stream<UUID> subjects();
}
