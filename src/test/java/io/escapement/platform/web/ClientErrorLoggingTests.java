package io.escapement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A client's mistake is logged as at most one line at WARN, without a stack trace; never a 5xx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "escapement.demo.listings=0")
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorLoggingTests {

    private static final String JSON_POST =
            "POST /api/v1/auth/sms-codes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /api/v1/listings?page=abc HTTP/1.1\r\nHost: localhost\r\n",
                "GET /api/v1/listings/not-a-number HTTP/1.1\r\nHost: localhost\r\n",
                "GET /watches?page=abc HTTP/1.1\r\nHost: localhost\r\n",
                "GET /api/v1/no-such-thing HTTP/1.1\r\nHost: localhost\r\n",
                "GET /no-such-page HTTP/1.1\r\nHost: localhost\r\n",
                "DELETE /api/v1/auth/sms-codes HTTP/1.1\r\nHost: localhost\r\n",
                "PUT /watches HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n",
                JSON_POST + "Content-Length: 9\r\n\r\n{\"phone\":",
                JSON_POST + "Content-Length: 11\r\n\r\n[1, 2, 3]  ",
                JSON_POST + "Content-Length: 0\r\n",
                "POST /api/v1/auth/sms-codes HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 2\r\n\r\nhi",
                "POST /api/v1/auth/sms-codes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 999999999\r\n\r\n{}",
                "POST /api/v1/search/photo HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data\r\n"
                        + "Content-Length: 5\r\n\r\nhello",
                "GET /api/v1/search?q=%ZZ HTTP/1.1\r\nHost: localhost\r\n",
                "GET /watches/..;/admin HTTP/1.1\r\nHost: localhost\r\n",
                "GET /watches//brands HTTP/1.1\r\nHost: localhost\r\n",
                "GET /watches/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\n",
                "GET /watches%00 HTTP/1.1\r\nHost: localhost\r\n",
                "GET /watches%0a HTTP/1.1\r\nHost: localhost\r\n",
                "GET /api/v1/brands%5c HTTP/1.1\r\nHost: localhost\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {big}\r\n",
                "GET /\u0001 HTTP/1.1\r\nHost: localhost\r\n",
                "BREW / HTTP/1.1\r\nHost: localhost\r\n",
                "GET / HTTP/1.1\r\nHost: local host\r\n",
                "GET /api/v1/me/privacy HTTP/1.1\r\nHost: localhost\r\n",
                "POST /signin/code HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nAccept-Language: \u0001\r\n",
                "GET /api/v1/brands HTTP/1.1\r\nHost: localhost\r\nAccept: image/gif\r\n",
            })
    void logsAClientsMistakeAsOneWarningWithoutATrace(String request, CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        var head = request.replace("{big}", "x".repeat(20_000));
        int split = head.indexOf("\r\n\r\n");
        var response = split < 0
                ? RawHttp.send(port, head, new byte[0])
                : RawHttp.send(
                        port,
                        head.substring(0, split + 2),
                        head.substring(split + 4).getBytes(StandardCharsets.UTF_8));
        Thread.sleep(100);
        var logged = output.getAll().substring(before);

        assertThat(response.status()).as(logged).isLessThan(500);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("ERROR");
        assertThat(logged.lines().filter(line -> line.contains(" WARN ")).count())
                .as(logged)
                .isLessThanOrEqualTo(1);
    }
}
