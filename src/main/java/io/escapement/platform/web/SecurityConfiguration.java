package io.escapement.platform.web;

import io.escapement.platform.tls.TlsProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Web security defaults: the shop is public and a buyer's own pages ({@code /account}) need a
 * signed-in buyer. Every filter chain, this one and those other modules declare (the staff
 * console's), gets the same defaults through a {@code Customizer<HttpSecurity>} bean, which Spring
 * Security applies to each chain: HSTS and a strict content-security policy on every response,
 * CSRF-protected forms (the token in a cookie of its own, {@link SessionCookie#CSRF}), sign-out, and plain HTTP redirected to HTTPS (keeps P-1).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final long ONE_YEAR = 31_536_000;

    /** Argon2id, memory-hard, for every password the platform keeps (C-1). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    Customizer<HttpSecurity> securityDefaults(TlsProperties tls, @Value("${server.port:8443}") int httpsPort) {
        return http -> {
            try {
                http.logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/"))
                        .csrf(csrf -> csrf.csrfTokenRepository(SessionCookie.csrfTokens())
                                .ignoringRequestMatchers(
                                        request -> request.getRequestURI().startsWith("/api/")
                                                && !request.getRequestURI().startsWith("/api/v1/me/"),
                                        PathPatternRequestMatcher.pathPattern("/beacon"),
                                        PathPatternRequestMatcher.pathPattern("/cookies")))
                        .headers(headers -> headers.httpStrictTransportSecurity(
                                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR))
                                .contentSecurityPolicy(csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                                + " script-src 'self'; object-src 'none'; frame-ancestors 'none';"
                                                + " base-uri 'self'; form-action 'self'"))
                                .referrerPolicy(
                                        referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
                if (tls.enabled() && tls.httpPort() > 0) {
                    http.redirectToHttps(Customizer.withDefaults())
                            .portMapper(ports -> ports.http(tls.httpPort()).mapsTo(httpsPort));
                }
            } catch (Exception e) {
                throw new IllegalStateException("Could not apply the security defaults", e);
            }
        };
    }

    /** The shop and the buyer's account; runs after the chains that claim their own paths. */
    @Bean
    @Order
    SecurityFilterChain webSecurity(HttpSecurity http, Refusal refusal) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/account/**", "/api/v1/me/**")
                        .hasRole("BUYER")
                        .anyRequest()
                        .permitAll())
                // no session for a refused request: the page to return to travels as ?next= instead
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                SecurityConfiguration::signInAndReturn,
                                PathPatternRequestMatcher.pathPattern("/account/**"))
                        .defaultAuthenticationEntryPointFor(
                                (request, response, refused) ->
                                        refusal.send(request, response, HttpStatus.UNAUTHORIZED),
                                PathPatternRequestMatcher.pathPattern("/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                PathPatternRequestMatcher.pathPattern("/webauthn/**")));
        return http.build();
    }

    /**
     * Sends a visitor who is not signed in to the sign-in page, naming the page they asked for in
     * {@code ?next=} so that signing in returns them there (a GET only: a form is not resent).
     */
    private static void signInAndReturn(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        var target = "/signin";
        if ("GET".equals(request.getMethod())) {
            var asked =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            target += "?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
