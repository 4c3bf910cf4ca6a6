package io.escapement.money;

import java.util.Currency;
import java.util.Locale;
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
        var sign = minor < 0 ? "-" : "";
        var abs = Math.abs(minor);
        var symbol = currency.equals(CNY) ? "¥" : currency.getCurrencyCode() + " ";
        var whole = String.format(Locale.ROOT, "%,d", abs / 100);
        return abs % 100 == 0
                ? sign + symbol + whole
                : sign + symbol + whole + String.format(Locale.ROOT, ".%02d", abs % 100);
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
