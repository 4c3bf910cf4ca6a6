package io.escapement.privacy;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail address: a local part in the dot-atom form of RFC 5322 (no quoted strings or
 * comments), one {@code @} and a domain name of at least two labels, internationalised domains in
 * their {@code xn--} form. At most 254 characters, 64 of them before the {@code @}.
 *
 * @param address the address with its domain in lower case; the local part keeps its case, since
 *     a mail server may treat it as significant
 */
public record EmailAddress(String address) implements Masked {

    private static final String NOT_AN_ADDRESS = "personalData.email.invalid";

    private static final Pattern LOCAL_PART =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    /** Labels of letters, digits and inner hyphens; the last one (the top-level domain) has a letter. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?=[a-z0-9-]*[a-z])[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public EmailAddress {
        if (address == null) {
            throw new InvalidPersonalData(NOT_AN_ADDRESS);
        }
        if (address.length() > 254) {
            throw new InvalidPersonalData("personalData.email.tooLong");
        }
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            throw new InvalidPersonalData(NOT_AN_ADDRESS);
        }
        if (at > 64) {
            throw new InvalidPersonalData("personalData.email.nameTooLong");
        }
        if (!LOCAL_PART.matcher(address.substring(0, at)).matches()
                || !DOMAIN.matcher(address.substring(at + 1)).matches()) {
            throw new InvalidPersonalData(NOT_AN_ADDRESS);
        }
    }

    /**
     * Reads an e-mail address, ignoring surrounding spaces and lower-casing the domain.
     *
     * @throws InvalidPersonalData when {@code input} is {@code null}, blank or not an address
     */
    public static EmailAddress parse(@Nullable String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidPersonalData("personalData.email.blank");
        }
        String address = input.strip();
        int at = address.lastIndexOf('@');
        return new EmailAddress(
                address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** The whole address in lower case, the input to blind indexes. */
    public String normalized() {
        return address.toLowerCase(Locale.ROOT);
    }

    /** The first character of the local part and the domain, e.g. {@code z***@example.com}. */
    @Override
    public String masked() {
        return address.charAt(0) + "***" + address.substring(address.indexOf('@'));
    }

    @Override
    public String toString() {
        return masked();
    }
}
