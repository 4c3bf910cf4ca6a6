package io.escapement.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One buyer of the load driver, signed in the way a person signs in: the sign-in page, a code by
 * SMS read from the development outbox ({@code /dev/sms}, only with the {@code dev} profile), the
 * code with acceptance of the policy. Then its own HTTPS connection, session cookie and CSRF token,
 * as the apps have. Not thread-safe: one thread drives one buyer.
 */
final class BenchBuyer {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("验证码是 (\\d{6})");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private String csrf = "";
    private String address = "";

    private BenchBuyer(URI base) {
        this.base = base;
        this.http = client(cookies);
    }

    /** A client for the application's self-signed certificate, HTTP/1.1 and one connection per thread. */
    static HttpClient client(CookieManager cookies) {
        var builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .sslContext(trustingEveryCertificate());
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    /**
     * Registers the mobile number {@code phone} (sign-in with a code, accepting the policy) and adds
     * one shipping address to its book.
     */
    static BenchBuyer signUp(URI base, String phone) throws IOException, InterruptedException {
        var buyer = new BenchBuyer(base);
        buyer.csrf = buyer.token("/signin");
        buyer.expect(buyer.form("/signin/code", Map.of("phone", phone)), 200, "asking for a sign-in code");
        var outbox = buyer.get("/dev/sms");
        var code = CODE.matcher(outbox.body());
        if (outbox.statusCode() != 200 || !code.find()) {
            throw new IllegalStateException("No code in /dev/sms (is the dev profile on?): " + outbox.statusCode());
        }
        var signedIn = buyer.form("/signin", Map.of("phone", phone, "code", code.group(1), "acceptsPolicy", "true"));
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("/signin").contains("/signin")) {
            throw new IllegalStateException("Sign-in refused: " + signedIn.statusCode() + " " + signedIn.body());
        }
        buyer.csrf = buyer.token("/account/privacy");
        var added = buyer.expect(buyer.postJson("/api/v1/me/addresses", """
                        {"recipient": "欧阳娜娜", "phone": "13912345678", "province": "440000", "city": "440300",
                         "district": "440305", "detail": "科技园南路88号3栋1201", "postcode": "518057"}"""), 201, "adding an address");
        var id = ID.matcher(added.body());
        if (!id.find()) {
            throw new IllegalStateException("No address id in " + added.body());
        }
        buyer.address = id.group(1);
        return buyer;
    }

    /** The address book entry this buyer checks out to. */
    String address() {
        return address;
    }

    /** The session cookie, as a {@code Cookie} header for another client (wrk). */
    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("ESCAPEMENT_SESSION"))
                .map(HttpCookie::toString)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("not signed in"));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON post to the buyer's API, with the CSRF token that {@code /api/v1/me/**} asks for. */
    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        var body = all.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token a page's forms carry (its cookie comes with the page). */
    private String token(String page) throws IOException, InterruptedException {
        var answer = expect(get(page), 200, "opening " + page);
        var token = CSRF.matcher(answer.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + page);
        }
        return token.group(1);
    }

    private static HttpResponse<String> expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }

    private static SSLContext trustingEveryCertificate() {
        try {
            var context = SSLContext.getInstance("TLS");
            context.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
