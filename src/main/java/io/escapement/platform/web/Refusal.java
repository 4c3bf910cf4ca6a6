package io.escapement.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers a request refused before it reached a controller: problem+json (RFC 9457) on
 * {@code /api/**}, a short error page anywhere else; both in the visitor's language, worded by the
 * message bundles ({@code status.<code>.title} and {@code .detail}, {@code error.*}). The page is
 * written at once rather than by the error dispatch, which would read the refused request again.
 */
final class Refusal {

    private static final Pattern LANG = Pattern.compile("(?:^|&)lang=(en|zh-CN)(?:&|$)");

    private final MessageSource messages;
    private final LocaleResolver locales;

    Refusal(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Refuses with the status's own wording. */
    void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        send(request, response, status, "status." + status.value() + ".detail");
    }

    /** Refuses with the message {@code code} as problem+json on the API, with a short page elsewhere. */
    void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, Object... args)
            throws IOException {
        response.resetBuffer();
        if (isApi(request)) {
            problem(request, response, status, code, args);
        } else {
            write(response, status, MediaType.TEXT_HTML_VALUE, page(request, status));
        }
    }

    static boolean isApi(HttpServletRequest request) {
        var uri = request.getRequestURI();
        return uri != null && uri.startsWith("/api/");
    }

    /** Writes and commits a problem+json answer worded by the message {@code code}, never by the client. */
    void problem(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, Object... args)
            throws IOException {
        write(response, status, MediaType.APPLICATION_PROBLEM_JSON_VALUE, problemJson(request, status, code, args));
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String body)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
        response.flushBuffer();
    }

    String problemJson(HttpServletRequest request, HttpStatus status, String code, Object... args) {
        var locale = locale(request);
        return "{\"type\":\"about:blank\",\"title\":\"" + json(title(status, locale)) + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + json(message(code, args, locale)) + "\"}";
    }

    /**
     * A page for a request refused where no template can be rendered (by Tomcat, before the
     * application sees it); it says the same as {@code templates/error.html}.
     */
    String page(HttpServletRequest request, HttpStatus status) {
        var locale = locale(request);
        var heading = switch (status) {
            case NOT_FOUND -> "error.notFound";
            case CONTENT_TOO_LARGE -> "error.tooLarge";
            case BAD_REQUEST -> "error.badRequest";
            default -> "error.title";
        };
        return "<!DOCTYPE html><html lang=\"" + ("zh".equals(locale.getLanguage()) ? "zh-CN" : "en")
                + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,"
                + " initial-scale=1\"><title>" + message("error.title", new Object[0], locale)
                + "</title><link rel=\"stylesheet\" href=\"/css/shop.css\"></head><body>"
                + "<main class=\"container section error-page\"><h1>" + message(heading, new Object[0], locale)
                + "</h1><p class=\"muted\">" + status.value() + "</p><p><a class=\"button\" href=\"/\">"
                + message("error.back", new Object[0], locale) + "</a></p></main></body></html>";
    }

    /** The visitor's language ({@code ?lang=} first); Chinese when a request is too broken to tell. */
    Locale locale(HttpServletRequest request) {
        try {
            var chosen = LANG.matcher(String.valueOf(request.getQueryString()));
            return chosen.find() ? Locale.forLanguageTag(chosen.group(1)) : locales.resolveLocale(request);
        } catch (RuntimeException unreadable) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }

    String title(HttpStatus status, Locale locale) {
        return messages.getMessage("status." + status.value() + ".title", null, status.getReasonPhrase(), locale);
    }

    String message(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, code, locale);
    }

    private static String json(String text) {
        var escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
