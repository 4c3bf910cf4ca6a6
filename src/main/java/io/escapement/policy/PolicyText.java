package io.escapement.policy;

import io.escapement.language.Localized;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * The policy's prose in one language, read from {@code policy/policy-text_zh.properties} or
 * {@code _en.properties}, so that a translator edits the wording without touching code. A value
 * names what the code fills in as {@code {name}}; the substitution is plain text, so quotes and
 * apostrophes need no escaping.
 */
final class PolicyText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Map<PolicyLanguage, PolicyText> LOADED = new EnumMap<>(PolicyLanguage.class);

    private final PolicyLanguage language;
    private final Properties text;

    private PolicyText(PolicyLanguage language, Properties text) {
        this.language = language;
        this.text = text;
    }

    static synchronized PolicyText in(PolicyLanguage language) {
        return LOADED.computeIfAbsent(language, PolicyText::load);
    }

    private static PolicyText load(PolicyLanguage language) {
        var file = "policy/policy-text_" + (language == PolicyLanguage.ZH_CN ? "zh" : "en") + ".properties";
        var text = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            text.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return new PolicyText(language, text);
    }

    /**
     * The wording of {@code key}, with each {@code {name}} replaced by the value after it.
     *
     * @param namesAndValues a name, its value, the next name, its value…
     * @throws IllegalStateException when the file lacks the key, or the wording names a value not given
     */
    String get(String key, Object... namesAndValues) {
        var wording = text.getProperty(key);
        if (wording == null) {
            throw new IllegalStateException("The policy text in " + language.tag() + " has no " + key);
        }
        var values = new HashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return PLACEHOLDER.matcher(wording).replaceAll(placeholder -> {
            var value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("The policy text " + key + " in " + language.tag() + " names {"
                        + placeholder.group(1) + "}, which the code does not give");
            }
            return Matcher.quoteReplacement(value);
        });
    }

    /** The items {@code key.1}, {@code key.2}, … up to the first number missing. */
    List<String> list(String key, Object... namesAndValues) {
        var items = new ArrayList<String>();
        for (int n = 1; text.containsKey(key + "." + n); n++) {
            items.add(get(key + "." + n, namesAndValues));
        }
        if (items.isEmpty()) {
            throw new IllegalStateException("The policy text in " + language.tag() + " has no " + key + ".1");
        }
        return items;
    }

    /** The wording of a declared value for this language. */
    String of(Localized value) {
        return value.in(language.locale());
    }
}
