package io.escapement.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.apache.coyote.BadRequestException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Makes every error answer on {@code /api/**} problem+json, also those sent with
 * {@code sendError} (by Spring Security, say) that would otherwise get Spring Boot's error JSON.
 * Tells a client's mistake from the server's own fault. A request that fails for what the client
 * sent (parameters Tomcat cannot decode, a broken upload, a body too large, a request the firewall
 * rejects) is answered with its 4xx status and logged as one line at WARN, without a stack trace
 * and without echoing what was sent, which may hold personal information; everything else stays a
 * 5xx with its trace.
 */
class ClientFault extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ClientFault.class);

    private final Refusal refusal;

    ClientFault(Refusal refusal) {
        this.refusal = refusal;
    }

    /** The 4xx status of {@code failure}, or empty when it is the server's own fault. */
    static Optional<HttpStatus> status(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            var status = statusOf(cause);
            if (status != null) {
                return Optional.of(status).filter(HttpStatus::is4xxClientError);
            }
        }
        return Optional.empty();
    }

    private static @Nullable HttpStatus statusOf(Throwable cause) {
        if (cause instanceof InvalidParameterException invalid) {
            return HttpStatus.resolve(invalid.getErrorCode());
        }
        if (cause instanceof ErrorResponse response) {
            return HttpStatus.resolve(response.getStatusCode().value());
        }
        if (cause instanceof MaxUploadSizeExceededException) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        boolean badRequest = cause instanceof MultipartException
                || cause instanceof RequestRejectedException
                || cause instanceof BadRequestException;
        return badRequest ? HttpStatus.BAD_REQUEST : null;
    }

    /** One line at WARN: the status and the kind of mistake, never the request's content. */
    static void log(HttpServletRequest request, HttpStatus status, Throwable failure) {
        log.warn("{} request refused with {}: {}", request.getMethod(), status.value(), kind(failure));
    }

    private static String kind(Throwable failure) {
        var kind = failure;
        while (kind.getCause() != null && statusOf(kind) == null) {
            kind = kind.getCause();
        }
        return kind.getClass().getSimpleName();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, Refusal.isApi(request) ? new ProblemErrors(request, response) : response);
        } catch (ServletException | IOException | RuntimeException failure) {
            var status = status(failure);
            if (status.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            log(request, status.get(), failure);
            refusal.send(request, response, status.get());
        }
    }

    /** Answers {@code sendError} with problem+json instead of forwarding to the error page. */
    private final class ProblemErrors extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemErrors(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, @Nullable String message) throws IOException {
            var known = HttpStatus.resolve(status);
            if (known == null || isCommitted()) {
                super.sendError(status);
                return;
            }
            resetBuffer();
            refusal.problem(request, this, known, "status." + status + ".detail");
        }
    }
}
