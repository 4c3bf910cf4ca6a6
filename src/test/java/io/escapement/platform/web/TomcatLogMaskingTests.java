package io.escapement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Keeps C-14: a name and a number sent in a request that Tomcat refuses, or in a value the
 * application cannot convert, reach no log line, neither as they are nor as the hex or
 * percent-encoding of their UTF-8.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "escapement.demo.listings=0")
@ExtendWith(OutputCaptureExtension.class)
class TomcatLogMaskingTests {

    private static final String NAME = "张伟";
    private static final String PHONE = "13812345678";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /{name}{phone} HTTP/1.1",
                "GET /watches?q={name}{phone} HTTP/1.1",
                "GET /watches?q={percent}%zz{phone} HTTP/1.1",
                "GET /watches/{percent}%zz{phone} HTTP/1.1",
                "G{name}T /{phone} HTTP/1.1",
                "GET /watches HTTP/{name}{phone}",
            })
    void logsNoPersonalDataFromARequestTomcatRefuses(String line, CapturedOutput output) throws Exception {
        var request = line.replace("{name}", NAME).replace("{phone}", PHONE).replace("{percent}", percent(NAME))
                + "\r\nHost: localhost\r\nX-Name: " + NAME + "\r\n";

        var response = RawHttp.send(port, request.getBytes(StandardCharsets.UTF_8), new byte[0]);

        assertThat(response.status()).isLessThan(500);
        Thread.sleep(100);
        assertThat(output.getAll()).doesNotContainIgnoringCase(PHONE);
        for (var form : forms(NAME)) {
            assertThat(output.getAll()).doesNotContainIgnoringCase(form);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/listings?page={percent}",
                "/api/v1/listings/{percent}",
                "/api/v1/references/{percent}",
                "/watches?page={percent}",
                "/watches?condition={percent}",
                "/api/v1/auth/sms-codes",
            })
    void logsNoPersonalDataFromAValueTheApplicationCannotConvert(String target, CapturedOutput output)
            throws Exception {
        var request = (target.contains("{percent}") ? "GET " : "POST ")
                + target.replace("{percent}", percent(NAME) + PHONE)
                + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-" + NAME + PHONE
                + "\r\nContent-Length: 0\r\n";

        var response = RawHttp.send(port, request.getBytes(StandardCharsets.UTF_8), new byte[0]);

        assertThat(response.status()).isLessThan(500);
        Thread.sleep(100);
        assertThat(output.getAll()).doesNotContainIgnoringCase(PHONE);
        for (var form : forms(NAME)) {
            assertThat(output.getAll()).doesNotContainIgnoringCase(form);
        }
    }

    /** The name as it is and as the hex and percent-encoding of its UTF-8, in the forms logs print. */
    private static List<String> forms(String text) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        var forms = new ArrayList<String>(
                List.of(text, percent(text), HexFormat.of().formatHex(bytes)));
        var tomcat = new StringBuilder();
        for (byte b : bytes) {
            tomcat.append("0x").append(HexFormat.of().toHexDigits(b));
        }
        forms.add(tomcat.toString());
        forms.add(HexFormat.ofDelimiter(" ").formatHex(bytes));
        return forms;
    }

    private static String percent(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
