package io.escapement.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.platform.web.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 50 MB review photo is refused by the platform's body limit (10 MB for uploads) before anything
 * reads it: 413 problem+json on the API, a readable 413 page in the account. Only the first 64 KB
 * of the announced 50 MB are sent: the answer must not wait for the rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "escapement.demo.listings=0")
class ReviewUploadLimitTests {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void refusesAFiftyMegabytePhotoOnTheApiWithProblemJson() throws IOException {
        var answer = upload("/api/v1/me/reviews", "Accept: application/json\r\n");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":413").contains("内容太大");
    }

    @Test
    void refusesAFiftyMegabytePhotoOnTheAccountPageWithAReadablePage() throws IOException {
        var answer = upload("/account/reviews", "Accept: text/html\r\n");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body())
                .contains("您提交的内容太大。")
                .doesNotContain("HTTP Status")
                .doesNotContain("Exception");
    }

    /** Announces a 50 MB multipart upload of a photo to {@code path}, sends 64 KB of it and reads the answer. */
    private RawHttp.Response upload(String path, String headers) throws IOException {
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--b0undary\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"big.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[64 * 1024]);
        return RawHttp.post(
                port,
                path,
                headers + "Content-Type: multipart/form-data; boundary=b0undary\r\nContent-Length: " + FIFTY_MB
                        + "\r\n",
                body.toByteArray());
    }
}
