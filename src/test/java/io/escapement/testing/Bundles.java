package io.escapement.testing;

import io.escapement.language.WordedRefusal;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/** The application's message bundles, read as the running application reads them, for tests of wording. */
public final class Bundles {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private Bundles() {}

    /** The bundles as a message source, for renderers tested without Spring. */
    public static ResourceBundleMessageSource messages() {
        return MESSAGES;
    }

    /** How a refusal reads in English; fails when a bundle lacks its key. */
    public static String english(Object refusal) {
        return ((WordedRefusal) refusal).wordedIn(MESSAGES, Locale.ENGLISH);
    }

    /** A UTF-8 properties file on the class path, as a translator left it. */
    public static Properties file(String path) {
        var properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** How it reads in Simplified Chinese. */
    public static String chinese(Object refusal) {
        return ((WordedRefusal) refusal).wordedIn(MESSAGES, Locale.SIMPLIFIED_CHINESE);
    }
}
