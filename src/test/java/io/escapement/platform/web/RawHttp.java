package io.escapement.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: bytes that are not
 * allowed in a request line, malformed cookies, bodies announced larger than they are.
 */
public final class RawHttp {

    private RawHttp() {}

    /** What the server answered; header names in lower case, the body de-chunked. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** Sends the head as given (lines ending in CRLF, {@code Connection: close} added) and then the body. */
    static Response send(int port, String head, byte[] body) throws IOException {
        return send(port, head.getBytes(StandardCharsets.UTF_8), body);
    }

    static Response send(int port, byte[] head, byte[] body) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            try {
                out.write(head);
                out.write("Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before it has read the whole request
            }
            return read(socket.getInputStream());
        }
    }

    /** A POST of {@code body} to {@code path} with extra header lines (each ending in CRLF). */
    public static Response post(int port, String path, String headers, byte[] body) throws IOException {
        return send(port, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers, body);
    }

    /** A GET of {@code path} with extra header lines (each ending in CRLF). */
    static Response get(int port, String path, String headers) throws IOException {
        return send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers, new byte[0]);
    }

    /** Whether {@code text} holds a whole response, so that reading need not wait for the server to close. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        var head = text.substring(0, end).toLowerCase(Locale.ROOT);
        if (head.contains("transfer-encoding: chunked")) {
            return text.endsWith("\r\n0\r\n\r\n");
        }
        var length = java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(head);
        return length.find() && text.length() - end - 4 >= Integer.parseInt(length.group(1));
    }

    private static Response read(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        try {
            for (int n; !complete(all.toString(StandardCharsets.ISO_8859_1)) && (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // a reset after the response still leaves the response read so far
        }
        var bytes = all.toByteArray();
        var text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("No complete response: " + text);
        }
        var lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(),
                    (a, b) -> a + "\n" + b);
        }
        var body = new ByteArrayOutputStream();
        int at = end + 4;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            while (at < bytes.length) {
                int lineEnd = text.indexOf("\r\n", at);
                int size = Integer.parseInt(
                        text.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                body.write(bytes, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        } else {
            body.write(bytes, at, bytes.length - at);
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }
}
