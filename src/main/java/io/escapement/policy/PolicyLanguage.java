package io.escapement.policy;

import java.util.Locale;
import java.util.Optional;

/** The languages the policy is published in: Simplified Chinese first, English second. */
public enum PolicyLanguage {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    PolicyLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag, {@code zh-CN} or {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** English for an English locale, Chinese otherwise. */
    public static PolicyLanguage of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : ZH_CN;
    }

    /** {@code zh-CN}, {@code zh} or {@code en}, in any case; empty for anything else. */
    public static Optional<PolicyLanguage> ofTag(String tag) {
        return switch (tag.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "zh-cn", "zh" -> Optional.of(ZH_CN);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
