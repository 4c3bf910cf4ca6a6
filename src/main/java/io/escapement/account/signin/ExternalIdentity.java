package io.escapement.account.signin;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who a provider says the person is, as read from its ID token or user info: the provider's
 * registration id, its issuer and the person's subject there, and the nickname and avatar, the only
 * profile data the platform takes (C-10). Anything else the provider sends is never put here. A
 * nickname is cut to {@value #MAX_NICKNAME} characters; an avatar that is not an absolute http(s)
 * URL of at most {@value #MAX_AVATAR} characters is dropped.
 */
public record ExternalIdentity(
        String provider,
        String issuer,
        String subject,
        @Nullable String nickname,
        @Nullable String avatar) {

    static final int MAX_NICKNAME = 64;
    static final int MAX_AVATAR = 2048;

    public ExternalIdentity {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        if (issuer.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("A provider's issuer and subject are needed to bind an account");
        }
        nickname = nickname == null || nickname.isBlank() ? null : cut(nickname.strip());
        avatar = avatar != null && isWebAddress(avatar) ? avatar : null;
    }

    /** The identifier that links the external account to a buyer: issuer and subject. */
    String identifier() {
        return issuer + "|" + subject;
    }

    private static String cut(String text) {
        return text.codePointCount(0, text.length()) <= MAX_NICKNAME
                ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_NICKNAME));
    }

    private static boolean isWebAddress(String text) {
        if (text.length() > MAX_AVATAR) {
            return false;
        }
        try {
            var uri = new URI(text);
            return uri.isAbsolute()
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ExternalIdentity[" + provider + "]";
    }
}
