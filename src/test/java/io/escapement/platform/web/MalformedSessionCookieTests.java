package io.escapement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Keeps K-2: a session cookie that cannot name a session is ignored, as a missing one is. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "escapement.demo.listings=0")
@ExtendWith(OutputCaptureExtension.class)
class MalformedSessionCookieTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AA==",
                "nul",
                "not*base64*at*all",
                "over-long",
                "controls",
                "uuid-and-nul",
            })
    void servesAnonymouslyWhateverTheSessionCookieHolds(String kind, CapturedOutput output) throws Exception {
        var cookie = "Cookie: " + SessionCookie.NAME + "=" + value(kind) + "\r\n";

        for (var path : new String[] {"/", "/signin", "/api/v1/brands"}) {
            var response = RawHttp.get(port, path, cookie);
            assertThat(response.status()).as(path).isEqualTo(200);
        }
        assertThat(RawHttp.get(port, "/account/privacy", cookie).header("Location"))
                .contains("/signin?next=");
        assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("\tat ");
    }

    private static String value(String kind) {
        return switch (kind) {
            case "nul" -> base64("\u0000");
            case "over-long" -> base64("x".repeat(3000));
            case "controls" -> base64("\u0001\u001f\u007f\r\n");
            case "uuid-and-nul" -> base64("0b4f6a52-3c1d-4f0e-9a7b-2f1e8d5c6b4a\u0000");
            default -> kind;
        };
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
