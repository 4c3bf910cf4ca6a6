package io.escapement.aftersales.web;

import io.escapement.aftersales.Inspection;
import io.escapement.language.WordedRefusal;
import io.escapement.money.Money;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * What the after-sales pages share: reading an amount in yuan and an inspection result, and showing a
 * refusal on the page.
 */
final class ReturnForms {

    private static final Pattern YUAN = Pattern.compile("([0-9]{1,9})(?:\\.([0-9]{1,2}))?");

    private ReturnForms() {}

    /**
     * {@code 1234.5} as 123,450 fen.
     *
     * @throws WordedRefusal 400 for anything else
     */
    static Money yuan(String text) {
        var matcher = YUAN.matcher(text.strip());
        if (!matcher.matches()) {
            throw new WordedRefusal("aftersales.amountInvalid");
        }
        var fraction = matcher.group(2) == null ? "00" : (matcher.group(2) + "0").substring(0, 2);
        return Money.fen(Long.parseLong(matcher.group(1)) * 100 + Long.parseLong(fraction));
    }

    /**
     * {@code PASSED} or {@code FAILED}, as the inspection forms send it.
     *
     * @throws WordedRefusal 400 for anything else: an inspection is never assumed
     */
    static Inspection inspection(String result) {
        return switch (result) {
            case "PASSED" -> Inspection.PASSED;
            case "FAILED" -> Inspection.FAILED;
            default -> throw new WordedRefusal("aftersales.chooseInspection");
        };
    }

    /** Shows {@code refused} worded for the reader, with its status. */
    static void refused(
            WordedRefusal refused, MessageSource messages, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(refused.status().value());
        model.addAttribute("problemText", refused.wordedIn(messages, locale));
    }
}
