package io.escapement.platform.web;

import io.escapement.privacy.China;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages show a moment: in Beijing time ({@code Asia/Shanghai}), whatever the server's
 * zone, in the reader's language ({@code 2026年12月3日 07:30}, {@code 3 Dec 2026, 07:30}). Templates
 * call it as {@code ${@times.format(instant)}}; the API keeps ISO-8601 with an offset.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter CHINESE =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINESE).withZone(China.TIME_ZONE);
    private static final DateTimeFormatter ENGLISH =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(China.TIME_ZONE);

    /** {@code at} in Beijing time in the language of the current request; empty when there is none. */
    public String format(@Nullable Instant at) {
        return format(at, LocaleContextHolder.getLocale());
    }

    /** {@code at} in Beijing time, in Chinese for a Chinese {@code locale} and in English otherwise. */
    public String format(@Nullable Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        return ("zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH).format(at);
    }
}
