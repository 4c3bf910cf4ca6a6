package io.escapement.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.PayloadTooLargeException;

/**
 * Keeps every request body within the limit of its kind before anything reads it: uploads
 * ({@code multipart/*}), forms and everything else (JSON above all) each have their own. A body
 * that announces a larger length is refused at once with 413; one sent in chunks is read through a
 * counting stream that throws {@link PayloadTooLargeException} once it passes the limit, and is
 * answered with 413 whatever the reader made of that.
 * Tomcat limits the forms it parses itself to the same size ({@code WebFilters}).
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private final Refusal refusal;
    private final long maxBody;
    private final long maxForm;
    private final long maxUpload;

    RequestBodyLimit(Refusal refusal, DataSize maxBody, DataSize maxForm, DataSize maxUpload) {
        this.refusal = refusal;
        this.maxBody = maxBody.toBytes();
        this.maxForm = maxForm.toBytes();
        this.maxUpload = maxUpload.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limit(request.getContentType());
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        var bounded = new Bounded(request, limit);
        chain.doFilter(bounded, response);
        if (bounded.tooLarge() && !response.isCommitted()) {
            // whoever read the body may have turned the refusal into another answer
            response.reset();
            refuse(request, response, limit);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        refusal.send(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "problem.tooLarge",
                DataSize.ofBytes(limit).toKilobytes());
    }

    private long limit(@Nullable String contentType) {
        if (contentType == null) {
            return maxBody;
        }
        var type = contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/")) {
            return maxUpload;
        }
        return type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) ? maxForm : maxBody;
    }

    static String tooLarge(long limit) {
        return "The request body is larger than this endpoint accepts ("
                + DataSize.ofBytes(limit).toKilobytes() + " KB).";
    }

    /** The request with its body read through a stream that counts what it hands out. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable CountingStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        boolean tooLarge() {
            return stream != null && stream.read > limit;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            var charset =
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = body.read(bytes, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(new IOException(tooLarge(limit)));
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
