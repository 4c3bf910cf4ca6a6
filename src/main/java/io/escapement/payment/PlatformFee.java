package io.escapement.payment;

import io.escapement.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The platform's fee on a settled order (ADR 46): a percentage of what the order leaves to the
 * merchant once refunds are taken off, in whole fen, rounded down, so that a fraction of a fen is
 * always the merchant's and never the platform's.
 *
 * @param percent from 0 to 100, e.g. {@code 5} or {@code 2.5}
 */
public record PlatformFee(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PlatformFee {
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A platform fee is a percentage from 0 to 100: " + percent);
        }
    }

    /** The fee on {@code base}: never negative, never more than the base. */
    public Money on(Money base) {
        if (base.isNegative()) {
            throw new IllegalArgumentException("No fee on a negative amount: " + base);
        }
        long fen = BigDecimal.valueOf(base.minor())
                .multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.DOWN)
                .longValueExact();
        return new Money(fen, base.currency());
    }
}
