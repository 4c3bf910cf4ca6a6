package io.escapement.privacy;

import io.escapement.language.Localized;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The names of the data map's fields as people read them, kept beside the code in {@code
 * privacy/data-labels_zh.properties} and {@code _en.properties} so that a translator edits them
 * without compiling. {@code PolicyDriftTests} fails the build when a declared field has no name in
 * either language, or two fields share one.
 */
final class DataLabels {

    private static final Properties ZH = load("zh");
    private static final Properties EN = load("en");

    private DataLabels() {}

    /** The field's name in both languages; empty when either file lacks it. */
    static Optional<Localized> of(String key) {
        var zh = ZH.getProperty(key);
        var en = EN.getProperty(key);
        return zh == null || en == null || zh.isBlank() || en.isBlank()
                ? Optional.empty()
                : Optional.of(new Localized(zh.strip(), en.strip()));
    }

    private static Properties load(String language) {
        var name = "/privacy/data-labels_" + language + ".properties";
        try (var in = DataLabels.class.getResourceAsStream(name)) {
            var properties = new Properties();
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }
}
