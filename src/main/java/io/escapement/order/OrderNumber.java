package io.escapement.order;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number a buyer and a merchant see, such as {@code 20261203-K7QM2XD9}: the day the order was
 * placed in China, then eight random characters, so that it reads well on the phone and tells
 * nobody how many orders the shop takes. Crockford's alphabet leaves out I, L, O and U.
 */
public record OrderNumber(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("\\d{8}-[0-9A-HJKMNP-TV-Z]{8}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

    public OrderNumber {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an order number: " + value);
        }
    }

    /** A new number for an order placed on {@code day}: 40 random bits, unique by the database's constraint. */
    public static OrderNumber next(LocalDate day) {
        var random = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            random.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new OrderNumber(DAY.format(day) + "-" + random);
    }

    /** The number a buyer typed, in any case, or empty when it cannot be one. */
    public static Optional<OrderNumber> parse(String text) {
        var normalized = text.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(normalized).matches() ? Optional.of(new OrderNumber(normalized)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
