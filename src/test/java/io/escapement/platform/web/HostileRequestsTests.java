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
 * requests: blank, unknown, over-long, negative and non-numeric values of each query and path
 * parameter, garbled cookies, NUL and names in the path, oversized headers, broken JSON and wrong
 * content types. None gets a 5xx, and every refusal is problem+json, also those Tomcat makes before
 * the application sees the request (NUL or an encoded slash in the path). A value that does not
 * convert to a numeric parameter is a 400 naming the parameter, in Chinese by default and in
 * English for {@code Accept-Language: en}.
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
                for (var request : battery(method.toUpperCase(Locale.ROOT), path, parameters(operation))) {
                    var response = RawHttp.send(port, request.head(), request.body());
                    sent++;
                    var what = request.head().lines().findFirst().orElseThrow() + " "
                            + request.head().length();
                    soft.assertThat(response.status()).as(what).isLessThan(500);
                    if (response.status() >= 400) {
                        soft.assertThat(response.header("Content-Type"))
                                .as(what + " " + response.status())
                                .startsWith("application/problem+json");
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(100);
        soft.assertAll();
    }

    @Test
    void namesTheParameterANonNumericValueWasGivenForInTheClientsLanguage() throws Exception {
        var document = JsonMapper.builder()
                .build()
                .readTree(RawHttp.get(port, "/v3/api-docs", "").body());
        var json = JsonMapper.builder().build();
        var soft = new SoftAssertions();
        int checked = 0;
        for (var path : document.get("paths").propertyNames()) {
            for (var method : document.get("paths").get(path).propertyNames()) {
                for (var parameter : parameters(document.get("paths").get(path).get(method))) {
                    if (!parameter.numeric() || !"get".equals(method)) {
                        continue;
                    }
                    for (var language : List.of("", "Accept-Language: en\r\n")) {
                        var request = withValue(method.toUpperCase(Locale.ROOT), path, parameter, "not-a-number");
                        var response = RawHttp.send(port, request + language, new byte[0]);
                        if (response.status() == 401) {
                            continue; // a buyer's own data: signing in comes first
                        }
                        checked++;
                        var what = request.lines().findFirst().orElseThrow() + " " + language.strip();
                        soft.assertThat(response.status()).as(what).isEqualTo(400);
                        if (response.status() == 400) {
                            var problem = json.readTree(response.body());
                            soft.assertThat(problem.path("parameter").asString())
                                    .as(what)
                                    .isEqualTo(parameter.name());
                            soft.assertThat(problem.path("detail").asString())
                                    .as(what)
                                    .contains(parameter.name())
                                    .contains(language.isEmpty() ? "不是参数" : "is not a valid value");
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
        soft.assertAll();
    }

    private record Request(String head, byte[] body) {}

    /** A parameter the document declares: where it goes and whether it takes a number. */
    private record Parameter(String name, boolean inPath, boolean numeric) {}

    private static List<Parameter> parameters(JsonNode operation) {
        var parameters = new ArrayList<Parameter>();
        for (var parameter : operation.path("parameters")) {
            var in = parameter.get("in").asString();
            var schema = parameter.path("schema");
            var type = schema.has("items") ? schema.path("items").path("type") : schema.path("type");
            if ("query".equals(in) || "path".equals(in)) {
                parameters.add(new Parameter(parameter.get("name").asString(), "path".equals(in), numeric(type)));
            }
        }
        return parameters;
    }

    /** Whether an OpenAPI type (one name, or a list of them in OpenAPI 3.1) is a number. */
    private static boolean numeric(JsonNode type) {
        var names = new ArrayList<String>();
        if (type.isArray()) {
            type.forEach(name -> names.add(name.asString()));
        } else {
            names.add(type.asString(""));
        }
        return names.contains("integer") || names.contains("number");
    }

    /** The request line and host of {@code path} with {@code value} for one parameter and 1 for every other path parameter. */
    private static String withValue(String method, String path, Parameter parameter, String value) {
        if (parameter.inPath()) {
            return line(
                    method, path.replace("{" + parameter.name() + "}", value).replaceAll("\\{[^}]+}", "1"));
        }
        return line(method, path.replaceAll("\\{[^}]+}", "1") + "?" + parameter.name() + "=" + value);
    }

    private static List<Request> battery(String method, String path, List<Parameter> parameters) {
        var requests = new ArrayList<Request>();
        var concrete = path.replaceAll("\\{[^}]+}", "1");
        for (var parameter : parameters) {
            for (var value : PARAMETER_VALUES) {
                requests.add(new Request(withValue(method, path, parameter, value), new byte[0]));
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
