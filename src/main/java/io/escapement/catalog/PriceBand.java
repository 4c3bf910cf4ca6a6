package io.escapement.catalog;

import io.escapement.language.Localized;
import io.escapement.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Price bands offered as one-click filters; explicit minimum and maximum prices win. A band holds
 * its minimum and stops below its maximum, so a watch at exactly ¥100,000 is in "¥100k–200k" and
 * nowhere else.
 */
public enum PriceBand {
    UNDER_50K(null, 50_000L, "5万以下", "Under ¥50k"),
    FROM_50K_TO_100K(50_000L, 100_000L, "5万-10万", "¥50k–100k"),
    FROM_100K_TO_200K(100_000L, 200_000L, "10万-20万", "¥100k–200k"),
    FROM_200K_TO_500K(200_000L, 500_000L, "20万-50万", "¥200k–500k"),
    OVER_500K(500_000L, null, "50万以上", "Over ¥500k");

    private final @Nullable Money min;
    private final @Nullable Money max;
    private final Localized label;

    PriceBand(@Nullable Long minYuan, @Nullable Long maxYuan, String zh, String en) {
        this.min = minYuan == null ? null : Money.yuan(minYuan);
        this.max = maxYuan == null ? null : Money.yuan(maxYuan);
        this.label = new Localized(zh, en);
    }

    public @Nullable Money getMin() {
        return min;
    }

    /** The band's upper end, which it does not hold itself. */
    public @Nullable Money getMax() {
        return max;
    }

    /** The highest price in the band (one fen below its upper end), for filters whose maximum is inclusive. */
    public @Nullable Money highestPrice() {
        return max == null ? null : max.minus(Money.fen(1));
    }

    /** The band as its filter reads, e.g. 5万-10万 / ¥50k–100k. */
    public Localized label() {
        return label;
    }
}
