package io.escapement.cart.web;

import io.escapement.cart.GuestCart;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.http.ResponseCookie;

/** Reads and writes the guest cart's first-party cookie: secure, HTTP only, SameSite=Lax, 30 days. */
final class GuestCartCookie {

    private static final Duration LIFETIME = Duration.ofDays(30);

    private GuestCartCookie() {}

    static GuestCart read(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies == null
                ? GuestCart.EMPTY
                : Arrays.stream(cookies)
                        .filter(cookie -> GuestCart.COOKIE.equals(cookie.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .map(GuestCart::fromCookie)
                        .orElse(GuestCart.EMPTY);
    }

    static boolean present(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> GuestCart.COOKIE.equals(cookie.getName()));
    }

    /** Writes {@code cart}; an empty cart clears the cookie. */
    static void write(HttpServletResponse response, GuestCart cart) {
        var value = cart.toCookie();
        response.addHeader(
                "Set-Cookie",
                ResponseCookie.from(GuestCart.COOKIE, value)
                        .path("/")
                        .maxAge(value.isEmpty() ? Duration.ZERO : LIFETIME)
                        .secure(true)
                        .httpOnly(true)
                        .sameSite("Lax")
                        .build()
                        .toString());
    }
}
