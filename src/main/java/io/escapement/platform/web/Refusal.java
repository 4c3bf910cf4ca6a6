package io.escapement.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Answers a request refused before it reached a controller: problem+json (RFC 9457) on
 * {@code /api/**}, the shop's error page (in the visitor's language) anywhere else.
 */
final class Refusal {

    private Refusal() {}

    static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.resetBuffer();
        if (isApi(request)) {
            problem(response, status, detail);
        } else {
            // the body is claimed, unread, so that the error page does not make Tomcat parse a form from it
            request.getInputStream();
            response.sendError(status.value());
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    /** Writes and commits a problem+json answer; {@code detail} is the server's own text, never the client's. */
    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
        response.flushBuffer();
    }
}
