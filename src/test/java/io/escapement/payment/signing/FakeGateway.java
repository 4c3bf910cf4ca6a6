package io.escapement.payment.signing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.escapement.payment.spi.ProviderCallback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A provider's gateway on the loopback interface, for adapter tests: each path answers with what
 * its handler makes of the request, as the provider would (verifying the signature first).
 */
public final class FakeGateway implements AutoCloseable {

    /** A request as the gateway got it. */
    public record Received(String method, URI uri, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
        }

        /** The body read as an {@code application/x-www-form-urlencoded} form. */
        public Map<String, String> form() {
            return FakeGateway.form(body);
        }
    }

    /** What the gateway answers. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public static Answer ok(String contentType, String body) {
            return new Answer(200, Map.of("Content-Type", contentType), body);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public FakeGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
    }

    /** Answers requests to {@code path} with {@code handler}. */
    public FakeGateway on(String path, Function<Received, Answer> handler) {
        server.createContext(path, exchange -> answer(exchange, handler));
        return this;
    }

    /** The gateway's address, e.g. {@code http://127.0.0.1:41234}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** An {@code application/x-www-form-urlencoded} body as fields. */
    public static Map<String, String> form(String body) {
        var fields = new LinkedHashMap<String, String>();
        for (var pair : body.split("&")) {
            if (!pair.isEmpty()) {
                var eq = pair.indexOf('=');
                fields.put(
                        URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** What a buyer's browser gets when it posts {@code fields} as a form to {@code target}. */
    public static String browserPosts(URI target, Map<String, String> fields) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(target)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(SignedText.formBody(fields)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A provider's callback that posts {@code fields} as a form, as the controller hands it over. */
    public static ProviderCallback formCallback(Map<String, String> fields) {
        return new ProviderCallback(
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                SignedText.formBody(fields).getBytes(StandardCharsets.UTF_8),
                fields);
    }

    private void answer(HttpExchange exchange, Function<Received, Answer> handler) throws IOException {
        try (exchange) {
            var headers = new LinkedHashMap<String, String>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            var request = new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI(),
                    headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Answer answer;
            try {
                answer = handler.apply(request);
            } catch (RuntimeException e) {
                answer = new Answer(500, Map.of("Content-Type", "text/plain"), String.valueOf(e));
            }
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }
}
