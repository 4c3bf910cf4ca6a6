package io.escapement.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** Keeps P-2 (ADR 21): as shipped, with nothing set, the keys lie apart from the data directory. */
class KeyStoreLayoutTests {

    @Test
    void keepsTheKeyStoreAndItsKeyEncryptionKeyOutOfTheDataDirectoryByDefault() throws Exception {
        var sources = new MutablePropertySources();
        sources.addLast(new PropertiesPropertySource(
                "shipped", PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))));
        sources.addLast(new MapPropertySource("system", Map.of("user.home", "/home/operator")));
        var shipped = new PropertySourcesPropertyResolver(sources);
        var data = Path.of("data");

        var keyDir = Path.of(shipped.getRequiredProperty("escapement.vault.key-dir"));
        var kekFile = Path.of(shipped.getRequiredProperty("escapement.vault.kek-file"));
        var passwordFile = Path.of(shipped.getRequiredProperty("escapement.database.embedded.password-file"));

        assertThat(keyDir).isEqualTo(Path.of("keys"));
        assertThat(keyDir.startsWith(data)).isFalse();
        assertThat(Path.of(shipped.getRequiredProperty("escapement.database.embedded.data-dir"))
                        .startsWith(data))
                .isTrue();
        assertThat(kekFile).isEqualTo(Path.of("/home/operator/.escapement/vault-kek"));
        assertThat(passwordFile.startsWith(keyDir)).isTrue();
        assertThat(Path.of(shipped.getRequiredProperty("escapement.vault.legacy-key-dir")))
                .isEqualTo(data.resolve("keys"));
    }
}
