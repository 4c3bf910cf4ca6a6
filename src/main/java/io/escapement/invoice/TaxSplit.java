package io.escapement.invoice;

import io.escapement.money.Money;

/**
 * A price that includes VAT split into the amount excluding tax and the tax (价税分离): amount =
 * total ÷ (1 + rate), rounded half up to the fen, and tax = total − amount, so the two always add
 * up to the total to the fen (ADR 49).
 *
 * @param ratePercent the VAT rate in percent, e.g. 13
 */
public record TaxSplit(Money amount, Money tax, Money total, int ratePercent) {

    /** The rate for goods sold in China: 13%. */
    public static final int GOODS_RATE = 13;

    public TaxSplit {
        if (!amount.plus(tax).equals(total)) {
            throw new IllegalArgumentException("amount and tax do not add up to the total");
        }
    }

    /** The split of {@code total}, tax included at {@code ratePercent}. */
    public static TaxSplit of(Money total, int ratePercent) {
        if (total.isNegative() || ratePercent < 0 || ratePercent > 100) {
            throw new IllegalArgumentException("No tax split for " + total + " at " + ratePercent + "%");
        }
        long divisor = 100L + ratePercent;
        // amount = round(total × 100 / divisor), half up: (2 × total × 100 + divisor) / (2 × divisor)
        long amount = Math.addExact(Math.multiplyExact(total.minor(), 200L), divisor) / (2 * divisor);
        var excluding = new Money(amount, total.currency());
        return new TaxSplit(excluding, total.minus(excluding), total, ratePercent);
    }
}
