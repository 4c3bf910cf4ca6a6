package io.escapement.platform.web;

import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DeclaredCookie;

/**
 * The servlet session cookie: {@code Secure; HttpOnly; SameSite=Lax} (P-1). Its name is set by
 * {@code server.servlet.session.cookie.name} in {@code application.properties}, which must stay
 * equal to {@link #NAME}; {@code SessionCookieTests} checks that they do.
 */
public final class SessionCookie {

    @DeclaredCookie(
            category = CookieCategory.STRICTLY_NECESSARY,
            lifetime = "session",
            purposeZh = "保持登录状态，并保存防止跨站请求伪造的安全令牌；关闭浏览器即失效。",
            purposeEn = "Keeps you signed in and holds the token that protects forms against cross-site request"
                    + " forgery; it ends when the browser closes.")
    public static final String NAME = "ESCAPEMENT_SESSION";

    private SessionCookie() {}
}
