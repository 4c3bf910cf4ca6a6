package io.escapement.privacy;

import io.escapement.language.Localized;

/**
 * Why a cookie exists (K-1). Strictly necessary cookies keep the service working and need no
 * consent; preference cookies remember a choice the user made; analytics cookies link visits to a
 * person and so are set only with the {@link Purpose#ANALYTICS} consent.
 */
public enum CookieCategory {
    STRICTLY_NECESSARY("必要 Cookie", "Strictly necessary"),
    PREFERENCES("偏好设置", "Preferences"),
    ANALYTICS("统计分析", "Analytics");

    private final String zh;
    private final String en;

    CookieCategory(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Whether the cookie may only be set once the subject consented to {@link Purpose#ANALYTICS}. */
    public boolean needsConsent() {
        return this == ANALYTICS;
    }

    public Localized label() {
        return new Localized(zh, en);
    }
}
