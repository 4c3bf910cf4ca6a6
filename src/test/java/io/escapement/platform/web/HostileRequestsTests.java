package io.escapement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the REST API, as its OpenAPI document lists it, sent a battery of malformed
 * requests: garbled cookies, NUL and names in the path, oversized headers, broken JSON and wrong
 * content types. None gets a 5xx, and every answer the application gives is problem+json. Requests
 * Tomcat refuses before they reach the application (NUL or an encoded slash in the path, headers
 * over 8 KB) get Tomcat's own bare 400 page, which holds nothing of the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "escapement.demo.listings=0")
class HostileRequestsTests {

    private static final List<String> PATH_VALUES =
            List.of("%00", "%E5%BC%A0%E4%BC%9F", "x".repeat(300), "-1", "1e309", "..%2F..%2Fetc", "%ZZ");

    /** Sent as the value of every parameter the document declares, one parameter at a time. */
    private static final List<String> PARAMETER_VALUES =
            List.of("", "%20", "unknown-value", "x".repeat(1000), "-1", "not-a-number", "1e309", "%00");

    private static final List<String> HOSTILE_HEADERS = List.of(
            "Cookie: " + SessionCookie.NAME + "=AA==; " + SessionCookie.CSRF + "=%00\r\n",
            "Cookie: " + SessionCookie.NAME + "=" + "A".repeat(4000) + "\r\n",
            "Accept: application/xml\r\n",
            "Accept-Language: \u0001;q=x\r\n",
            "X-Big: " + "x".repeat(20_000) + "\r\n");

    private static final List<String> BODIES = List.of(
            "Content-Type: application/json\r\n|{",
            "Content-Type: application/json\r\n|null",
            "Content-Type: application/json\r\n|[1,2,3]",
            "Content-Type: application/json\r\n|" + "[".repeat(5000),
            "Content-Type: application/json\r\n|{\"phone\":\"\u0000\",\"on\":\"maybe\"}",
            "Content-Type: text/plain\r\n|hello",
            "Content-Type: application/xml\r\n|<a/>",
            "Content-Type: multipart/form-data\r\n|hello",
            "Content-Type: multipart/form-data; boundary=x\r\n|--x\r\nbroken");

    @LocalServerPort
    int port;

    @Test
    void answersEveryOperationWithoutAServerErrorAndWithProblemJson() throws Exception {
        var document = JsonMapper.builder()
                .build()
                .readTree(RawHttp.get(port, "/v3/api-docs", "").body());
        var soft = new SoftAssertions();
        int sent = 0;
        for (var path : document.get("paths").propertyNames()) {
            for (var method : document.get("paths").get(path).propertyNames()) {
                var operation = document.get("paths").get(path).get(method);
                for (var request : battery(method.toUpperCase(Locale.ROOT), path, queryParameters(operation))) {
                    var response = RawHttp.send(port, request.head(), request.body());
                    sent++;
                    var what = request.head().lines().findFirst().orElseThrow() + " "
                            + request.head().length();
                    soft.assertThat(response.status()).as(what).isLessThan(500);
                    if (!response.header("Content-Type").isEmpty() && !refusedByTomcat(response)) {
                        soft.assertThat(response.header("Content-Type"))
                                .as(what + " " + response.status())
                                .startsWith(response.status() < 400 ? "application/" : "application/problem+json");
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(100);
        soft.assertAll();
    }

    private static boolean refusedByTomcat(RawHttp.Response response) {
        return response.status() == 400
                && response.body().startsWith("<!doctype html><html lang=\"en\"><head><title>HTTP Status 400");
    }

    private record Request(String head, byte[] body) {}

    private static List<String> queryParameters(JsonNode operation) {
        var names = new ArrayList<String>();
        if (operation.has("parameters")) {
            for (var parameter : operation.get("parameters")) {
                if ("query".equals(parameter.get("in").asString())) {
                    names.add(parameter.get("name").asString());
                }
            }
        }
        return names;
    }

    private static List<Request> battery(String method, String path, List<String> parameters) {
        var requests = new ArrayList<Request>();
        var concrete = path.replaceAll("\\{[^}]+}", "1");
        for (var parameter : parameters) {
            for (var value : PARAMETER_VALUES) {
                requests.add(new Request(line(method, concrete + "?" + parameter + "=" + value), new byte[0]));
            }
        }
        for (var value : PATH_VALUES) {
            requests.add(new Request(line(method, path.replaceAll("\\{[^}]+}", value)), new byte[0]));
            requests.add(new Request(line(method, concrete + "?page=" + value + "&q=" + value), new byte[0]));
        }
        requests.add(new Request(line(method, concrete + "%00"), new byte[0]));
        for (var header : HOSTILE_HEADERS) {
            requests.add(new Request(line(method, concrete) + header, new byte[0]));
        }
        for (var body : BODIES) {
            var parts = body.split("\\|", 2);
            var bytes = parts[1].getBytes(StandardCharsets.UTF_8);
            requests.add(
                    new Request(line(method, concrete) + parts[0] + "Content-Length: " + bytes.length + "\r\n", bytes));
        }
        return requests;
    }

    private static String line(String method, String target) {
        return method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n";
    }
}
