package io.escapement.privacy.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.escapement.privacy.BankCardNumber;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.InvalidPersonalData;
import io.escapement.privacy.Masked;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.ResidentId;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Logback's {@code %msg} with personal information masked: mainland mobile numbers (with or
 * without +86), 18-character resident identity card numbers, e-mail addresses and 16- to
 * 19-digit bank card numbers in the formatted message are replaced by the value type's own mask,
 * e.g. {@code 138****5678}; an 18-digit number that is no valid ID but passes the Luhn check is
 * masked as a card. Something shaped like one of these that fails its validation (a mistyped ID,
 * a number failing the Luhn check) may still be personal information, so it is replaced by
 * asterisks entirely.
 *
 * <p>Text a client sent is often quoted escaped, percent-encoded ({@code %E5%BC%A0}) or as Tomcat
 * prints bytes it refuses ({@code 0xE50xBC0xA0}). A run of such escapes that encodes anything
 * outside ASCII may be a name, which no pattern recognises, so it is replaced by asterisks
 * entirely, before the patterns above are looked for; escaped ASCII is left as it is.
 *
 * <p>A number counts only when no letter or digit touches it, so digits inside longer numbers,
 * hexadecimal strings and UUIDs are left alone. A message with nothing to mask is returned as
 * the same instance.
 */
public class MaskingMessageConverter extends MessageConverter {

    private static final String EMAIL = "email";
    private static final String MOBILE = "mobile";
    private static final String RESIDENT_ID = "residentId";

    /**
     * One pass over the text; at any position the e-mail address wins, since it may hold digits.
     * The look-behinds let a match start only where a run of characters starts, and the e-mail
     * address's parts are consumed possessively, so a scan never backtracks far.
     */
    private static final Pattern PERSONAL_DATA = Pattern.compile(String.join(
            "|",
            "(?<" + EMAIL + ">(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)+)",
            "(?<" + MOBILE + ">(?<![A-Za-z0-9])(?:(?:\\+|00)?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![A-Za-z0-9]))",
            "(?<" + RESIDENT_ID + ">(?<![A-Za-z0-9])\\d{17}[\\dXx](?![A-Za-z0-9]))",
            "(?<![A-Za-z0-9])\\d{16,19}(?![A-Za-z0-9])"));

    /** A run of percent-escapes or of Tomcat's hex escapes, at least one of a byte outside ASCII. */
    private static final Pattern ESCAPED_NON_ASCII =
            Pattern.compile("(?:%[0-9A-Fa-f]{2})*%[89A-Fa-f][0-9A-Fa-f](?:%[0-9A-Fa-f]{2})*"
                    + "|(?:0[xX][0-9A-Fa-f]{2})*0[xX][89A-Fa-f][0-9A-Fa-f](?:0[xX][0-9A-Fa-f]{2})*");

    /** Every pattern needs an {@code @} or at least 11 digits. */
    private static final int FEWEST_DIGITS = 11;

    @Override
    public @Nullable String convert(ILoggingEvent event) {
        return mask(event.getFormattedMessage());
    }

    /** {@code text} with personal information masked, or {@code text} itself when there is none. */
    static @Nullable String mask(@Nullable String text) {
        if (text == null) {
            return null;
        }
        text = maskEscapedNonAscii(text);
        if (!mayContainPersonalData(text)) {
            return text;
        }
        Matcher matcher = PERSONAL_DATA.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        do {
            masked.append(text, copied, matcher.start()).append(maskFound(matcher));
            copied = matcher.end();
        } while (matcher.find());
        return masked.append(text, copied, text.length()).toString();
    }

    private static String maskEscapedNonAscii(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('x') < 0 && text.indexOf('X') < 0) {
            return text;
        }
        return ESCAPED_NON_ASCII
                .matcher(text)
                .replaceAll(run -> "*".repeat(run.group().length()));
    }

    private static boolean mayContainPersonalData(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || (c >= '0' && c <= '9' && ++digits >= FEWEST_DIGITS)) {
                return true;
            }
        }
        return false;
    }

    private static String maskFound(Matcher matcher) {
        String found = matcher.group();
        Optional<Masked> value;
        if (matcher.start(EMAIL) >= 0) {
            value = parse(found, EmailAddress::parse);
        } else if (matcher.start(MOBILE) >= 0) {
            value = parse(found, PhoneNumber::parse);
        } else if (matcher.start(RESIDENT_ID) >= 0) {
            value = parse(found, ResidentId::parse).or(() -> parse(found, BankCardNumber::parse));
        } else {
            value = parse(found, BankCardNumber::parse);
        }
        return value.map(Masked::masked).orElseGet(() -> "*".repeat(found.length()));
    }

    private static Optional<Masked> parse(String found, Function<String, ? extends Masked> parser) {
        try {
            return Optional.of(parser.apply(found));
        } catch (InvalidPersonalData e) {
            return Optional.empty();
        }
    }
}
