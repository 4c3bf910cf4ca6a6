package io.escapement.vault;

import io.escapement.privacy.BankCardNumber;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.PostalAddress;
import io.escapement.privacy.ResidentId;
import java.time.LocalDate;
import java.util.Locale;

/** The canonical text of each personal-information type, as sealed in the vault and blind-indexed. */
final class Codec {

    private static final char SEPARATOR = '\u001F';

    private Codec() {}

    static String encode(Object value) {
        if (value instanceof PhoneNumber phone) {
            return phone.e164();
        } else if (value instanceof ResidentId id) {
            return id.number();
        } else if (value instanceof EmailAddress email) {
            return email.address();
        } else if (value instanceof PersonName name) {
            return name.value();
        } else if (value instanceof BankCardNumber card) {
            return card.number();
        } else if (value instanceof PostalAddress address) {
            return String.join(
                    String.valueOf(SEPARATOR),
                    address.province(),
                    address.city(),
                    address.district(),
                    address.detail());
        } else if (value instanceof LocalDate || value instanceof String) {
            return value.toString();
        }
        throw new IllegalArgumentException(
                "The vault cannot store a " + value.getClass().getSimpleName());
    }

    static <T> T decode(String text, Class<T> type) {
        Object value;
        if (type == PhoneNumber.class) {
            value = PhoneNumber.parse(text);
        } else if (type == ResidentId.class) {
            value = ResidentId.parse(text);
        } else if (type == EmailAddress.class) {
            value = EmailAddress.parse(text);
        } else if (type == PersonName.class) {
            value = PersonName.parse(text);
        } else if (type == BankCardNumber.class) {
            value = BankCardNumber.parse(text);
        } else if (type == PostalAddress.class) {
            var parts = text.split(String.valueOf(SEPARATOR), 4);
            value = PostalAddress.of(parts[0], parts[1], parts[2], parts[3]);
        } else if (type == LocalDate.class) {
            value = LocalDate.parse(text);
        } else if (type == String.class) {
            value = text;
        } else {
            throw new IllegalArgumentException("The vault cannot read a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** The form blind indexes are computed over: E.164 phones, lower-case e-mail, upper-case IDs. */
    static String normalised(Object value) {
        if (value instanceof PhoneNumber phone) {
            return phone.normalized();
        } else if (value instanceof ResidentId id) {
            return id.normalized();
        } else if (value instanceof EmailAddress email) {
            return email.normalized();
        }
        return encode(value).strip().toLowerCase(Locale.ROOT);
    }

    /** The masked form shown wherever the full value is not needed. */
    static String masked(Object value) {
        if (value instanceof io.escapement.privacy.Masked masked) {
            return masked.masked();
        }
        return "*".repeat(Math.min(8, encode(value).length()));
    }
}
