package io.escapement.vault;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keyDir where the local master keyset and the wrapped data keys live
 * @param keyCacheSize how many subjects' data keys stay unwrapped in memory
 */
@ConfigurationProperties("escapement.vault")
public record VaultProperties(Path keyDir, Integer keyCacheSize) {

    public VaultProperties {
        keyDir = keyDir == null ? Path.of("data", "keys") : keyDir;
        keyCacheSize = keyCacheSize == null ? 10_000 : keyCacheSize;
    }
}
