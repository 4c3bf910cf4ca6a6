package io.escapement.policy;

import io.escapement.language.Localized;
import io.escapement.privacy.China;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How periods, durations and dates read in the policy, in both languages. */
final class Wording {

    static final String SESSION = "session";

    /** Dates of the policy are dates in China, whatever the server's zone. */
    static final ZoneId CHINA = China.TIME_ZONE;

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Wording() {}

    static boolean isLifetime(String text) {
        if (SESSION.equals(text)) {
            return true;
        }
        try {
            if (text.contains("T")) {
                Duration.parse(text);
            } else {
                Period.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A cookie's lifetime: "until the browser closes", "365 days", "30 minutes". */
    static Localized lifetime(String text) {
        if (SESSION.equals(text)) {
            return new Localized("浏览器会话期间（关闭浏览器即删除）", "until the browser closes");
        }
        if (text.contains("T")) {
            return duration(Duration.parse(text));
        }
        return period(Period.parse(text));
    }

    static Localized period(Period period) {
        var parts = new Parts();
        parts.add(period.getYears(), "年", "year");
        parts.add(period.getMonths(), "个月", "month");
        parts.add(period.getDays(), "天", "day");
        return parts.joined(new Localized("不保存", "not kept"));
    }

    static Localized duration(Duration duration) {
        var parts = new Parts();
        parts.add((int) duration.toDaysPart(), "天", "day");
        parts.add(duration.toHoursPart(), "小时", "hour");
        parts.add(duration.toMinutesPart(), "分钟", "minute");
        parts.add(duration.toSecondsPart(), "秒", "second");
        return parts.joined(new Localized("即时删除", "deleted at once"));
    }

    /** A date in China: "2026年11月29日" or "29 November 2026". */
    static Localized date(Instant instant) {
        var day = LocalDate.ofInstant(instant, CHINA);
        return new Localized(
                day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日", ENGLISH_DATE.format(day));
    }

    /** Amounts of units: "1年6个月" in Chinese, "1 year 6 months" in English. */
    private static final class Parts {
        private final List<String> zh = new ArrayList<>();
        private final List<String> en = new ArrayList<>();

        void add(int amount, String unitZh, String unitEn) {
            if (amount != 0) {
                zh.add(amount + unitZh);
                en.add(amount + " " + unitEn + (amount == 1 ? "" : "s"));
            }
        }

        Localized joined(Localized none) {
            return zh.isEmpty() ? none : new Localized(String.join("", zh), String.join(" ", en));
        }
    }
}
