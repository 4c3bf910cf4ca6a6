package io.escapement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Request bodies are limited by kind before they are read: JSON and forms small, photo uploads
 * 10 MB; a larger one gets 413, as problem+json on the API and a readable page elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "escapement.demo.listings=0")
class RequestBodyLimitTests {

    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void refusesAnOversizedJsonBodyByItsLengthBeforeReadingIt() throws Exception {
        // only the first 64 KB of the announced 20 MB are sent: the answer must not wait for the rest
        var response = json("Content-Length: " + TWENTY_MB + "\r\n", padding(64 * 1024));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void refusesAnOversizedChunkedJsonBody() throws Exception {
        var response = json(
                "Transfer-Encoding: chunked\r\n",
                chunked(("{\"phone\":\"" + "1".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void refusesAnOversizedFormWithAReadablePage() throws Exception {
        var response = RawHttp.post(
                port,
                "/signin/code",
                "Accept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\n" + "Content-Length: "
                        + TWENTY_MB + "\r\n",
                padding(64 * 1024));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).contains("太大");
    }

    @Test
    void acceptsPhotosUpToTenMegabytesAndSmallJson() throws Exception {
        var upload = photo("/api/v1/search/photo", 9 * 1024 * 1024, "");
        assertThat(upload.status()).isNotEqualTo(413).isLessThan(500);

        var small = "{\"phone\":\"12345\"}".getBytes(StandardCharsets.UTF_8);
        var code = json("Content-Length: " + small.length + "\r\n", small);
        assertThat(code.status()).isEqualTo(400);
    }

    @Test
    void refusesAPhotoOverTenMegabytes() throws Exception {
        for (int size : new int[] {12 * 1024 * 1024, 10 * 1024 * 1024 + 500_000}) {
            var upload = photo("/api/v1/search/photo", size, "");
            assertThat(upload.status()).isEqualTo(413);
            assertThat(upload.header("Content-Type")).startsWith("application/problem+json");
            assertThat(upload.body()).contains("\"title\":\"内容太大\"");
        }
    }

    @Test
    void refusesAPhotoOverTenMegabytesOnThePhotoPageWithAReadablePage() throws Exception {
        for (int size : new int[] {12 * 1024 * 1024, 10 * 1024 * 1024 + 500_000}) {
            var upload = photo("/photo-search", size, "Accept: text/html\r\n");
            assertThat(upload.status()).isEqualTo(413);
            assertThat(upload.header("Content-Type")).startsWith("text/html");
            assertThat(upload.body()).contains("您提交的内容太大。").doesNotContain("HTTP Status");
        }
        var english = photo("/photo-search?lang=en", 10 * 1024 * 1024 + 500_000, "");
        assertThat(english.body()).contains("What you sent is too large.");
    }

    private RawHttp.Response json(String headers, byte[] body) throws Exception {
        return RawHttp.post(port, "/api/v1/auth/sms-codes", "Content-Type: application/json\r\n" + headers, body);
    }

    /** A photo upload of {@code size} bytes to {@code path} (not a photo: only its size matters here). */
    private RawHttp.Response photo(String path, int size, String headers) throws Exception {
        var body = multipart(padding(size));
        return RawHttp.post(
                port,
                path,
                headers + "Content-Type: multipart/form-data; boundary=b0undary\r\nContent-Length: " + body.length
                        + "\r\n",
                body);
    }

    private static byte[] padding(int size) {
        var bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    private static byte[] multipart(byte[] content) {
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--b0undary\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"w.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes("\r\n--b0undary--\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static byte[] chunked(byte[] content) {
        var body = new ByteArrayOutputStream();
        for (int at = 0; at < content.length; at += 8192) {
            int size = Math.min(8192, content.length - at);
            body.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(content, at, size);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }
}
