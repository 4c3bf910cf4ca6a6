package io.escapement.platform.web;

import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DeclaredCookie;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: {@code Secure; HttpOnly; SameSite=Lax} (P-1). Sessions are kept server-side
 * by Spring Session JDBC, whose cookie is configured here; {@code server.servlet.session.cookie.name}
 * in {@code application.properties} must stay equal to {@link #NAME}, as {@code SessionCookieTests}
 * checks.
 */
@Configuration(proxyBeanMethods = false)
public class SessionCookie {

    @DeclaredCookie(
            category = CookieCategory.STRICTLY_NECESSARY,
            lifetime = "session",
            purposeZh = "保持登录状态，并保存防止跨站请求伪造的安全令牌；关闭浏览器即失效。",
            purposeEn = "Keeps you signed in and holds the token that protects forms against cross-site request"
                    + " forgery; it ends when the browser closes.")
    public static final String NAME = "ESCAPEMENT_SESSION";

    SessionCookie() {}

    @Bean
    DefaultCookieSerializer sessionCookieSerializer() {
        var serializer = new DefaultCookieSerializer();
        serializer.setCookieName(NAME);
        serializer.setUseSecureCookie(true);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }
}
