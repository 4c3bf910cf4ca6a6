package io.escapement.storefront.web;

import io.escapement.consent.CookieChoice;
import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DeclaredCookie;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Simplified Chinese by default; {@code ?lang=en} or {@code ?lang=zh-CN} switches and the choice
 * is kept in a first-party preferences cookie. The API ({@code /api/**}) follows the client's
 * {@code Accept-Language} when it sends one.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    @DeclaredCookie(
            category = CookieCategory.PREFERENCES,
            lifetime = "P365D",
            purposeZh = "记住您选择的语言（简体中文或英文）。",
            purposeEn = "Remembers the language you chose (Simplified Chinese or English).")
    static final String COOKIE = "escapement_lang";

    /** Remembers the language only if the visitor keeps preference cookies (K-1). */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public void setLocale(
                    HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
                if (CookieChoice.of(request).preferences()) {
                    super.setLocale(request, response, locale);
                } else {
                    request.setAttribute(LOCALE_REQUEST_ATTRIBUTE_NAME, locale);
                }
            }
        };
        resolver.setDefaultLocaleFunction(request -> api(request) && request.getHeader("Accept-Language") != null
                ? request.getLocale()
                : Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSecure(true);
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /** Whether the request, or the one whose error is being answered, is an API call. */
    private static boolean api(HttpServletRequest request) {
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original
                : request.getRequestURI();
        return uri != null && uri.startsWith("/api/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
