package io.escapement.policy;

import io.escapement.privacy.China;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
    static String lifetime(String text, boolean chinese) {
        if (SESSION.equals(text)) {
            return chinese ? "浏览器会话期间（关闭浏览器即删除）" : "until the browser closes";
        }
        if (text.contains("T")) {
            return duration(Duration.parse(text), chinese);
        }
        return period(Period.parse(text), chinese);
    }

    static String period(Period period, boolean chinese) {
        var parts = new ArrayList<String>();
        add(parts, period.getYears(), "年", "year", chinese);
        add(parts, period.getMonths(), "个月", "month", chinese);
        add(parts, period.getDays(), "天", "day", chinese);
        if (parts.isEmpty()) {
            return chinese ? "不保存" : "not kept";
        }
        return String.join(chinese ? "" : " ", parts);
    }

    static String duration(Duration duration, boolean chinese) {
        var parts = new ArrayList<String>();
        add(parts, (int) duration.toDaysPart(), "天", "day", chinese);
        add(parts, duration.toHoursPart(), "小时", "hour", chinese);
        add(parts, duration.toMinutesPart(), "分钟", "minute", chinese);
        add(parts, duration.toSecondsPart(), "秒", "second", chinese);
        return parts.isEmpty() ? (chinese ? "即时删除" : "deleted at once") : String.join(chinese ? "" : " ", parts);
    }

    /** A date in China: "2026年11月29日" or "29 November 2026". */
    static String date(Instant instant, boolean chinese) {
        var day = LocalDate.ofInstant(instant, CHINA);
        return chinese
                ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                : ENGLISH_DATE.format(day);
    }

    static String yesNo(boolean value, boolean chinese) {
        return chinese ? (value ? "是" : "否") : (value ? "yes" : "no");
    }

    private static void add(ArrayList<String> parts, int amount, String zh, String en, boolean chinese) {
        if (amount == 0) {
            return;
        }
        parts.add(chinese ? amount + zh : amount + " " + en + (amount == 1 ? "" : "s"));
    }
}
