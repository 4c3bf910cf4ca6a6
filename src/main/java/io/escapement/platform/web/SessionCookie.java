package io.escapement.platform.web;

import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DeclaredCookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie and the CSRF cookie: {@code Secure; HttpOnly; SameSite=Lax} (P-1). Sessions are kept server-side
 * by Spring Session JDBC, whose cookie is configured here; {@code server.servlet.session.cookie.name}
 * in {@code application.properties} must stay equal to {@link #NAME}, as {@code SessionCookieTests}
 * checks. A cookie value that cannot be a session id (Spring Session's ids are UUIDs) is ignored, as
 * a missing cookie is, so a garbled or hostile cookie never reaches the session table (K-2).
 */
@Configuration(proxyBeanMethods = false)
public class SessionCookie {

    @DeclaredCookie(
            category = CookieCategory.STRICTLY_NECESSARY,
            lifetime = "session",
            purposeZh = "保持登录状态；关闭浏览器即失效。",
            purposeEn = "Keeps you signed in; it ends when the browser closes.")
    public static final String NAME = "ESCAPEMENT_SESSION";

    /**
     * The token that protects forms against cross-site request forgery, kept in the browser so that
     * a visitor who only looks around has no session on the server.
     */
    @DeclaredCookie(
            category = CookieCategory.STRICTLY_NECESSARY,
            lifetime = "session",
            purposeZh = "保存防止跨站请求伪造的安全令牌，保护您提交的表单；关闭浏览器即失效。",
            purposeEn = "Holds the token that protects the forms you send against cross-site request forgery;"
                    + " it ends when the browser closes.")
    public static final String CSRF = "ESCAPEMENT_CSRF";

    private static final Pattern SESSION_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    SessionCookie() {}

    @Bean
    DefaultCookieSerializer sessionCookieSerializer() {
        var serializer = new DefaultCookieSerializer() {
            @Override
            public List<String> readCookieValues(HttpServletRequest request) {
                return super.readCookieValues(request).stream()
                        .filter(value -> SESSION_ID.matcher(value).matches())
                        .toList();
            }
        };
        serializer.setCookieName(NAME);
        serializer.setUseSecureCookie(true);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }

    /** Form tokens in the {@link #CSRF} cookie (double submit), so a form's token opens no session. */
    static CsrfTokenRepository csrfTokens() {
        var tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF);
        tokens.setHeaderName("X-CSRF-TOKEN");
        tokens.setCookieCustomizer(
                cookie -> cookie.secure(true).httpOnly(true).sameSite("Lax").path("/"));
        return tokens;
    }
}
