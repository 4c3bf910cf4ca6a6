package io.escapement.policy;

import io.escapement.language.Localized;
import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.NotPersonalData;

/**
 * One cookie of the inventory, as declared with {@link io.escapement.privacy.DeclaredCookie}.
 *
 * @param name the cookie's name, the value of the declared constant
 * @param lifetime {@code session}, or an ISO-8601 period or duration
 * @param declaredBy the constant holding the name, {@code Type.FIELD}
 */
public record SiteCookie(
        @NotPersonalData("a cookie's name") String name,
        CookieCategory category,
        String lifetime,
        String purposeZh,
        String purposeEn,
        String declaredBy) {

    public Localized purpose() {
        return new Localized(purposeZh, purposeEn);
    }

    public boolean isSessionCookie() {
        return Wording.SESSION.equals(lifetime);
    }
}
