package io.escapement.language;

import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One text in Chinese and English. Chinese is the marketplace's default: any locale whose language
 * is not English reads the Chinese wording.
 *
 * @param zh the simplified-Chinese wording, never null
 * @param en the English wording, never null
 */
public record Localized(String zh, String en) {

    public Localized {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The same wording in both languages (a number, a model code). */
    public static Localized same(String text) {
        return new Localized(text, text);
    }

    /** The wording for a reader in this locale. */
    public String in(Locale locale) {
        return readsEnglish(locale) ? en : zh;
    }

    /** The wording a reader in this locale does not read, to show beside theirs (a name in both scripts). */
    public String otherThan(Locale locale) {
        return readsEnglish(locale) ? zh : en;
    }

    /**
     * Whether a reader in this locale reads English rather than Chinese: the rule {@link #in} follows,
     * for choosing between two-language values that are not one text (lists of names).
     */
    public static boolean readsEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** Both wordings changed by the same function. */
    public Localized map(UnaryOperator<String> change) {
        return new Localized(change.apply(zh), change.apply(en));
    }
}
