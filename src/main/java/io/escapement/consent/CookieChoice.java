package io.escapement.consent;

import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DeclaredCookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/**
 * A visitor's choice of the cookie categories that are not strictly necessary, kept in its own
 * strictly necessary cookie. Until the visitor chooses, preferences are kept (the language they
 * pick) and analytics are off.
 *
 * @param decided whether the visitor has answered the cookie notice
 */
public record CookieChoice(boolean decided, boolean preferences, boolean analytics) {

    @DeclaredCookie(
            category = CookieCategory.STRICTLY_NECESSARY,
            lifetime = "P180D",
            purposeZh = "记住您对偏好与统计 Cookie 的选择。",
            purposeEn = "Remembers your choice of preference and analytics cookies.")
    public static final String COOKIE = "escapement_cookies";

    public static final CookieChoice UNDECIDED = new CookieChoice(false, true, false);

    /** The choice in {@code request}'s cookie; a missing or unreadable value is undecided. */
    public static CookieChoice of(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return UNDECIDED;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .map(cookie -> parse(cookie.getValue()))
                .orElse(UNDECIDED);
    }

    static CookieChoice parse(String value) {
        return switch (value) {
            case "p1a1" -> new CookieChoice(true, true, true);
            case "p1a0" -> new CookieChoice(true, true, false);
            case "p0a1" -> new CookieChoice(true, false, true);
            case "p0a0" -> new CookieChoice(true, false, false);
            default -> UNDECIDED;
        };
    }

    /** The cookie value that records this choice. */
    public String cookieValue() {
        return "p" + (preferences ? 1 : 0) + "a" + (analytics ? 1 : 0);
    }
}
