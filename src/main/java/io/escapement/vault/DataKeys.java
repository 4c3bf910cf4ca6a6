package io.escapement.vault;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.escapement.vault.spi.DataKeyStore;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Per-subject data keys: AES-256-GCM Tink keysets, wrapped by the master key, kept in the {@link
 * DataKeyStore} and, unwrapped, in a bounded cache that forgets a subject as soon as its key is
 * destroyed or rotated.
 */
final class DataKeys {

    /** An unwrapped keyset and its primitive. */
    record DataKey(KeysetHandle keyset, Aead aead) {}

    private final DataKeyStore store;
    private final WrappedKeysets wrapping;
    private final Cache<UUID, DataKey> cache;

    DataKeys(DataKeyStore store, WrappedKeysets wrapping, int cacheSize) {
        this.store = store;
        this.wrapping = wrapping;
        this.cache = Caffeine.newBuilder()
                .maximumSize(cacheSize)
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    /** The subject's key, or empty when it never had one or it was destroyed. */
    Optional<DataKey> find(SubjectId subject) {
        var cached = cache.getIfPresent(subject.value());
        if (cached != null) {
            return Optional.of(cached);
        }
        var loaded = store.find(subject.value()).map(wrapped -> open(wrapping.unwrap(wrapped, purpose(subject))));
        loaded.ifPresent(key -> cache.put(subject.value(), key));
        return loaded;
    }

    DataKey create(SubjectId subject) {
        try {
            return save(subject, KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate a data key", e);
        }
    }

    /** Adds a new primary key version to the subject's keyset; older versions still decrypt. */
    DataKey addVersion(DataKey key, SubjectId subject) {
        try {
            return save(
                    subject,
                    KeysetHandle.newBuilder(key.keyset())
                            .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                                    .withRandomId()
                                    .makePrimary())
                            .build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not rotate a data key", e);
        }
    }

    /** Keeps only the primary version, once nothing is encrypted under the others. */
    DataKey dropOldVersions(DataKey key, SubjectId subject) {
        try {
            var builder = KeysetHandle.newBuilder(key.keyset());
            for (int i = builder.size() - 1; i >= 0; i--) {
                if (!builder.getAt(i).isPrimary()) {
                    builder.deleteAt(i);
                }
            }
            return save(subject, builder.build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not retire old data key versions", e);
        }
    }

    void destroy(SubjectId subject) {
        store.destroy(subject.value());
        cache.invalidate(subject.value());
    }

    /** Re-wraps every stored data key under the current master key version. */
    long rewrapAll() {
        return store.subjects()
                .peek(uuid -> {
                    var subject = new SubjectId(uuid);
                    store.find(uuid)
                            .ifPresent(wrapped -> store.save(
                                    uuid, wrapping.wrap(wrapping.unwrap(wrapped, purpose(subject)), purpose(subject))));
                })
                .count();
    }

    long cachedKeys() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private DataKey save(SubjectId subject, KeysetHandle keyset) {
        store.save(subject.value(), wrapping.wrap(keyset, purpose(subject)));
        var key = open(keyset);
        cache.put(subject.value(), key);
        return key;
    }

    private static DataKey open(KeysetHandle keyset) {
        try {
            return new DataKey(keyset, keyset.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String purpose(SubjectId subject) {
        return "data-key:" + subject.value();
    }
}
