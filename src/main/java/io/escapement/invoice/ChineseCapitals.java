package io.escapement.invoice;

import io.escapement.money.Money;

/**
 * An amount of yuan in Chinese capitals (大写), as invoices and cheques write it: ¥1,001.50 is
 * 壹仟零壹元伍角, ¥10.01 壹拾元零壹分, ¥128,000.00 壹拾贰万捌仟元整. The rules: digits in groups of
 * four (元, 万, 亿); one 零 for each run of zeros between written digits, also across groups; a
 * leading one of the tens is written 壹拾; 整 ends an amount without jiao and fen; an amount
 * below one yuan starts with its jiao or fen (伍分), zero is 零元整.
 */
public final class ChineseCapitals {

    /** The largest amount written: just below one trillion (万亿) yuan. */
    public static final long MAX_FEN = 1_000_000_000_000L * 100 - 1;

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};

    private ChineseCapitals() {}

    /**
     * The amount in capitals.
     *
     * @throws IllegalArgumentException when it is not in yuan, negative, or {@value #MAX_FEN} fen or more
     */
    public static String of(Money amount) {
        if (!amount.currency().equals(Money.CNY)) {
            throw new IllegalArgumentException("Capitals are written for yuan only, not " + amount.currency());
        }
        long fen = amount.minor();
        if (fen < 0 || fen > MAX_FEN) {
            throw new IllegalArgumentException("No capitals for " + amount);
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        var written = new StringBuilder(yuan(yuan));
        if (yuan > 0) {
            written.append('元');
        }
        if (jiao == 0 && cents == 0) {
            return (yuan == 0 ? "零元" : written) + "整";
        }
        if (jiao > 0) {
            written.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            written.append('零');
        }
        if (cents > 0) {
            written.append(DIGITS.charAt(cents)).append('分');
        }
        return written.toString();
    }

    private static String yuan(long yuan) {
        var written = new StringBuilder();
        boolean zeroPending = false;
        for (int group = GROUPS.length - 1; group >= 0; group--) {
            int digits = (int) (yuan / pow10000(group) % 10_000);
            if (digits == 0) {
                zeroPending = !written.isEmpty();
                continue;
            }
            if (!written.isEmpty() && (zeroPending || digits < 1000)) {
                written.append('零');
            }
            written.append(group(digits)).append(GROUPS[group]);
            zeroPending = false;
        }
        return written.toString();
    }

    /** One group of up to four digits, without leading or trailing 零. */
    private static String group(int digits) {
        var written = new StringBuilder();
        boolean zeroPending = false;
        for (int place = 3; place >= 0; place--) {
            int digit = digits / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                zeroPending = !written.isEmpty();
                continue;
            }
            if (zeroPending) {
                written.append('零');
            }
            written.append(DIGITS.charAt(digit)).append(PLACES[place]);
            zeroPending = false;
        }
        return written.toString();
    }

    private static long pow10000(int group) {
        return group == 0 ? 1 : group == 1 ? 10_000L : 100_000_000L;
    }
}
