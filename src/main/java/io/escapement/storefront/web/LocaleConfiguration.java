package io.escapement.storefront.web;

import io.escapement.consent.CookieChoice;
import io.escapement.language.Localized;
import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DeclaredCookie;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
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
 * is kept in a first-party preferences cookie. Any other language reads Chinese. The API ({@code /api/**}) follows the client's
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
            public Locale resolveLocale(HttpServletRequest request) {
                return spoken(super.resolveLocale(request));
            }

            @Override
            public void setLocale(
                    HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
                var chosen = locale == null ? null : spoken(locale);
                if (CookieChoice.of(request).preferences()) {
                    super.setLocale(request, response, chosen);
                } else {
                    request.setAttribute(LOCALE_REQUEST_ATTRIBUTE_NAME, chosen);
                }
            }
        };
        resolver.setDefaultLocaleFunction(request -> api(request) && request.getHeader("Accept-Language") != null
                ? firstSpoken(request.getLocales())
                : Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSecure(true);
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /**
     * One of the two languages the marketplace speaks: English for an English locale, Simplified
     * Chinese for any other, so that the page's words and the catalogue's never differ.
     */
    private static Locale spoken(Locale locale) {
        return Localized.readsEnglish(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The client's most preferred language of the two (Accept-Language), or Chinese when it names neither. */
    private static Locale firstSpoken(Enumeration<Locale> preferred) {
        return Collections.list(preferred).stream()
                .filter(locale -> Set.of("zh", "en").contains(locale.getLanguage()))
                .findFirst()
                .map(LocaleConfiguration::spoken)
                .orElse(Locale.SIMPLIFIED_CHINESE);
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
