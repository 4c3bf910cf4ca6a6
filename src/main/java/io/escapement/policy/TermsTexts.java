package io.escapement.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the text of a version of the terms of service comes from before it is published and
 * sealed: the resources {@code terms/v<n>.zh-CN.md} and {@code terms/v<n>.en.md} (ADR 42).
 */
@FunctionalInterface
interface TermsTexts {

    /** The text of version {@code number} in {@code language}; empty when it has not been written. */
    Optional<String> text(int number, PolicyLanguage language);

    /**
     * The texts on the class path, with {@code {company}}, {@code {address}}, {@code {phone}} and
     * {@code {email}} replaced by the operator's contact details that the privacy policy also
     * publishes.
     */
    static TermsTexts onClassPath(PolicyProperties.Contact contact) {
        return (number, language) -> {
            var name = "/terms/v" + number + "." + language.tag() + ".md";
            try (InputStream in = TermsTexts.class.getResourceAsStream(name)) {
                if (in == null) {
                    return Optional.empty();
                }
                var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return Optional.of(text.replace("{company}", contact.company())
                        .replace("{address}", contact.address())
                        .replace("{phone}", contact.phone())
                        .replace("{email}", contact.email()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
