package io.escapement.consent.web;

import io.escapement.consent.CookieChoice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cookie notice (K-1): every page knows the visitor's choice, shows the notice until it is
 * made, and loads the visit beacon only when analytics are allowed.
 */
@Controller
@ControllerAdvice(annotations = Controller.class)
class CookieNotice {

    private static final Duration REMEMBERED = Duration.ofDays(180);

    @ModelAttribute("cookieChoice")
    CookieChoice cookieChoice(HttpServletRequest request) {
        return CookieChoice.of(request);
    }

    @PostMapping("/cookies")
    String choose(
            @RequestParam(defaultValue = "false") boolean preferences,
            @RequestParam(defaultValue = "false") boolean analytics,
            @RequestParam(name = "return", defaultValue = "/") String returnTo,
            HttpServletResponse response) {
        var choice = new CookieChoice(true, preferences, analytics);
        response.addHeader("Set-Cookie", cookie(CookieChoice.COOKIE, choice.cookieValue(), REMEMBERED));
        if (!preferences) {
            response.addHeader("Set-Cookie", cookie("escapement_lang", "", Duration.ZERO));
        }
        return "redirect:" + (isLocalPath(returnTo) ? returnTo : "/");
    }

    /** Only paths of this site, so the notice cannot be used to redirect anywhere else. */
    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && path.length() <= 500;
    }

    private static String cookie(String name, String value, Duration maxAge) {
        return ResponseCookie.from(name, value)
                .path("/")
                .maxAge(maxAge)
                .secure(true)
                .httpOnly(true)
                .sameSite("Lax")
                .build()
                .toString();
    }
}
