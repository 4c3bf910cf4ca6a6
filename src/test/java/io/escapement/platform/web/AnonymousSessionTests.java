package io.escapement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Visitors who only look around get no session: nothing about them is stored server-side. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "escapement.demo.listings=0")
class AnonymousSessionTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.escapement.account.DevelopmentSmsOutbox outbox;

    @Test
    void storesNoSessionForAnonymousVisitsToPublicPages() throws Exception {
        long before = sessions();

        for (int i = 0; i < 5; i++) {
            for (var path : new String[] {"/", "/signin", "/watches", "/privacy"}) {
                var response = RawHttp.get(port, path, "");
                assertThat(response.status()).as(path).isEqualTo(200);
                assertThat(response.header("Set-Cookie")).as(path).doesNotContain(SessionCookie.NAME);
            }
        }

        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void expiresASessionNobodyIsSignedInToInMinutesAndASignedInOneInHalfAnHour() throws Exception {
        var signInPage = RawHttp.get(port, "/signin", "");
        var csrf = "Cookie: " + cookie(signInPage, SessionCookie.CSRF) + "\r\n";
        var token = signInPage.body().replaceFirst("(?s).*data-csrf-token=\"([^\"]+)\".*", "$1");

        var options = RawHttp.send(
                port,
                "POST /webauthn/authenticate/options HTTP/1.1\r\nHost: localhost\r\n" + csrf + "X-CSRF-TOKEN: " + token
                        + "\r\nContent-Length: 0\r\n",
                new byte[0]);
        assertThat(options.status()).isEqualTo(200);
        assertThat(lifetime(cookie(options, SessionCookie.NAME))).isEqualTo(300);

        var phone = "139" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        var form = "phone=" + phone + "&_csrf=" + token;
        assertThat(post("/signin/code", csrf, form).status()).isEqualTo(200);
        var signedIn = post(
                "/signin",
                csrf,
                form + "&acceptsPolicy=true&code=" + io.escapement.account.Codes.lastSentTo(outbox, phone));
        assertThat(signedIn.header("Location")).endsWith("/account/privacy");
        assertThat(lifetime(cookie(signedIn, SessionCookie.NAME))).isEqualTo(1800);
    }

    private RawHttp.Response post(String path, String headers, String form) throws Exception {
        var body = form.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return RawHttp.post(
                port,
                path,
                headers + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n",
                body);
    }

    /** {@code name=value} of the cookie the response sets. */
    private static String cookie(RawHttp.Response response, String name) {
        return response.header("Set-Cookie")
                .lines()
                .filter(line -> line.startsWith(name + "="))
                .map(line -> line.substring(0, line.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    private int lifetime(String sessionCookie) {
        var id = new String(
                java.util.Base64.getDecoder().decode(sessionCookie.substring(sessionCookie.indexOf('=') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        return jdbc.sql("select max_inactive_interval from account.spring_session where session_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private long sessions() {
        return jdbc.sql("select count(*) from account.spring_session")
                .query(Long.class)
                .single();
    }
}
