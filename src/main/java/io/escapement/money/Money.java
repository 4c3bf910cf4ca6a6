package io.escapement.money;

import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money: a count of the currency's minor unit (fen for {@code CNY}) and the
 * currency. Arithmetic never rounds and refuses to mix currencies or to overflow.
 *
 * @param minor the amount in minor units (fen); may be negative for a difference
 * @param currency the currency, never null
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    /** The yuan, the currency of every price on the marketplace. */
    public static final Currency CNY = Currency.getInstance("CNY");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /** An amount in fen. */
    public static Money fen(long fen) {
        return new Money(fen, CNY);
    }

    /** A whole number of yuan. */
    public static Money yuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L), CNY);
    }

    /** Zero yuan. */
    public static Money zero() {
        return fen(0);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, same(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, same(other).minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    /** Whether the amount is a whole number of major units (yuan). */
    public boolean isWhole() {
        return minor % 100 == 0;
    }

    /** The whole major units (yuan), truncated toward zero. */
    public long wholeUnits() {
        return minor / 100;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minor, same(other).minor);
    }

    /**
     * The amount as a shopper reads it: {@code ¥128,000} for whole yuan, {@code ¥128,000.50}
     * otherwise, {@code -¥5.00} below zero. The same in both languages.
     */
    public String formatted() {
        var abs = Math.abs(minor);
        var text = new StringBuilder(24);
        if (minor < 0) {
            text.append('-');
        }
        text.append(currency.equals(CNY) ? "¥" : currency.getCurrencyCode() + " ");
        // digits grouped by hand: String.format parses its pattern on every call, and an order list
        // formats a few hundred amounts (issue 13)
        var whole = Long.toString(abs / 100);
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        text.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            text.append(',').append(whole, i, i + 3);
        }
        long cents = abs % 100;
        if (cents != 0) {
            text.append('.').append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10));
        }
        return text.toString();
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " and " + other.currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
