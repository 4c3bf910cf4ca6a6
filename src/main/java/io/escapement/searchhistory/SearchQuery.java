package io.escapement.searchhistory;

import io.escapement.privacy.BankCardNumber;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.InvalidPersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.ResidentId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor typed into the search box, normalised: control and formatting characters removed,
 * runs of white space made one space, trimmed and cut to {@value #MAX_LENGTH} characters.
 *
 * @param text the normalised query, never blank
 */
public record SearchQuery(String text) {

    /** The longest query kept, in code points; anything longer is cut. */
    public static final int MAX_LENGTH = 100;

    /** The longest query counted in popular searches, in code points: keywords, not sentences. */
    static final int MAX_KEYWORD_LENGTH = 30;

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Seven digits or more, perhaps split by spaces or hyphens: a phone, ID or card number, never a reference. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d(?:[ -]?\\d){6,}");
    /** What people put between the digits of a number: {@code 139.1312.5711}, {@code 139/1312/5711}. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{P}\\p{S}]");

    public SearchQuery {
        if (text == null || text.isBlank() || !text.equals(normalise(text))) {
            throw new IllegalArgumentException("A search query is normalised and not blank.");
        }
    }

    /** The normalised query, or empty when nothing searchable is left. */
    public static Optional<SearchQuery> of(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        var text = normalise(raw);
        return text.isEmpty() ? Optional.empty() : Optional.of(new SearchQuery(text));
    }

    private static String normalise(String raw) {
        var visible = SPACES.matcher(INVISIBLE.matcher(raw).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        return visible.codePointCount(0, visible.length()) <= MAX_LENGTH
                ? visible
                : visible.substring(0, visible.offsetByCodePoints(0, MAX_LENGTH))
                        .strip();
    }

    /**
     * The form popular searches are counted in (lower case), or empty when the query may not be
     * counted: longer than {@value #MAX_KEYWORD_LENGTH} characters, or looking like personal
     * information (a mobile number, an e-mail address, an ID or bank card number, or any other
     * long number), also once the punctuation between its digits is taken out. Popular searches
     * then count only the catalogue's words ({@link PopularSearches}).
     */
    Optional<String> keyword() {
        var keyword = text.toLowerCase(Locale.ROOT);
        if (keyword.codePointCount(0, keyword.length()) > MAX_KEYWORD_LENGTH || looksPersonal(keyword)) {
            return Optional.empty();
        }
        return Optional.of(keyword);
    }

    private static boolean looksPersonal(String keyword) {
        return keyword.contains("@")
                || LONG_NUMBER.matcher(keyword).find()
                || Stream.concat(
                                Stream.of(keyword, SEPARATORS.matcher(keyword).replaceAll("")),
                                Stream.of(keyword.split(" ")))
                        .anyMatch(SearchQuery::parses);
    }

    private static boolean parses(String token) {
        return Stream.<Function<String, ?>>of(
                        PhoneNumber::parse, EmailAddress::parse, ResidentId::parse, BankCardNumber::parse)
                .anyMatch(parser -> {
                    try {
                        parser.apply(token);
                        return true;
                    } catch (InvalidPersonalData e) {
                        return false;
                    }
                });
    }
}
