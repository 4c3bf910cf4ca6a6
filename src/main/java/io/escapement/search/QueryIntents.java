package io.escapement.search;

import io.escapement.catalog.ListingFilter;
import io.escapement.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the filters a shopper says in words: prices ({@code 10万以下}, {@code 5-10万}, {@code
 * 5万到8万}, {@code 50万以上}, {@code under 100k}, {@code 100k-200k}) and sizes ({@code 女表}, {@code
 * 男表}, {@code 小表盘}, {@code 大表盘}, {@code ladies}, {@code men's}) as bounds of the diameter facet's
 * bands. The words that say a filter are taken out of the text; a filter the grid already sets
 * wins over the words, and words that would invert a range are dropped.
 */
final class QueryIntents {

    /**
     * What a query says: the text left to search, the filter narrowed by what the words said, and
     * each filter understood and applied.
     */
    record Reading(String remainder, ListingFilter filter, List<UnderstoodFilter> understood) {}

    /** The bounds words can set, named as the grid's request parameters. */
    private enum Bound {
        MIN_PRICE("minPrice"),
        MAX_PRICE("maxPrice"),
        MIN_DIAMETER("minDiameter"),
        MAX_DIAMETER("maxDiameter");

        final String parameter;

        Bound(String parameter) {
            this.parameter = parameter;
        }
    }

    /** One bound said by the words at {@code at} of the query. */
    private record Said(int at, Bound bound, BigDecimal value, String text) {}

    private static final String NUMERALS = "零一二两三四五六七八九十百千";

    /**
     * An amount of money: a number in digits or Chinese numerals (二十), perhaps with ¥ before it and
     * a unit after it (万, k, 元...).
     */
    private static final String AMOUNT = "(?<![\\p{IsLatin}\\d.," + NUMERALS + "])(?:[¥￥]\\s*)?"
            + "(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|[" + NUMERALS + "]+)"
            + "\\s*(?:万元?|千元?|百万|元|块|(?:k|w|m|rmb|cny|yuan)(?!\\p{IsLatin}))?";

    private static final String WORD_START = "(?<!\\p{IsLatin})";

    private static final Pattern PRICE = Pattern.compile(
            "(?:" + WORD_START + "(?:from|between)\\s*)?(?<from>" + AMOUNT + ")\\s*(?:-|–|—|~|～|到|至|"
                    + WORD_START + "to|" + WORD_START + "and)\\s*(?<to>" + AMOUNT + ")(?:\\s*之间)?"
                    + "|(?:" + WORD_START + "(?:under|below|less than|up to|within)|<|≤|不超过|低于)\\s*(?<below>"
                    + AMOUNT + ")"
                    + "|(?<max>" + AMOUNT + ")\\s*(?:以下|以内|之内|内)"
                    + "|(?:" + WORD_START + "(?:over|above|more than|at least|from)|>|≥|超过|高于)\\s*(?<above>"
                    + AMOUNT + ")"
                    + "|(?<min>" + AMOUNT + ")\\s*(?:以上|起)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern AMOUNT_PARTS = Pattern.compile(
            "([¥￥])?\\s*([\\d,]+(?:\\.\\d+)?|[" + NUMERALS + "]+)\\s*(万元?|千元?|百万|元|块|k|w|m|rmb|cny|yuan|)",
            Pattern.CASE_INSENSITIVE);

    /** A bare number without ¥ or a unit is read as a price only from this many yuan. */
    private static final long BARE_PRICE_FROM = 1000;

    private static final String LATIN_END = "(?!\\p{IsLatin})";
    private static final Pattern WOMEN = size(
            "女士手表|女士腕表|女士表|女装表|女式表|女表|女款|女装|女士", "ladies|lady's|lady’s|women's|women’s|womens|women|woman's|woman’s");
    private static final Pattern MEN = size("男士手表|男士腕表|男士表|男装表|男式表|男表|男款|男装|男士", "men's|men’s|mens|men");
    private static final Pattern SMALL = size("小表盘|小表径|小尺寸", "small dial|small case");
    private static final Pattern LARGE = size("大表盘|大表径|大尺寸", "large dial|large case|big case");

    private QueryIntents() {}

    private static Pattern size(String chinese, String english) {
        return Pattern.compile(
                chinese + "|" + WORD_START + "(?:" + english + ")" + LATIN_END,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Reads {@code text} searched with {@code filter}. */
    static Reading read(String text, ListingFilter filter) {
        var said = new ArrayList<Said>();
        var rest = new StringBuilder(text);
        prices(text, said, rest);
        sizes(text, WOMEN, said, rest, List.of(new Bounded(Bound.MAX_DIAMETER, below("under-36"))));
        sizes(text, MEN, said, rest, List.of(new Bounded(Bound.MIN_DIAMETER, from("36-39"))));
        sizes(text, SMALL, said, rest, List.of(new Bounded(Bound.MAX_DIAMETER, below("36-39"))));
        sizes(text, LARGE, said, rest, List.of(new Bounded(Bound.MIN_DIAMETER, from("43-"))));
        said.sort(Comparator.comparingInt(Said::at));
        var remainder = rest.toString().replaceAll("\\s+", " ").strip();
        return narrowed(filter, said, remainder);
    }

    private record Bounded(Bound bound, BigDecimal value) {}

    private static void prices(String text, List<Said> said, StringBuilder rest) {
        var matcher = PRICE.matcher(text);
        int at = 0;
        while (at < text.length() && matcher.find(at)) {
            var bounds = priceBounds(matcher);
            if (bounds.isEmpty()) {
                at = matcher.start() + 1;
                continue;
            }
            took(matcher, said, rest, bounds);
            at = matcher.end();
        }
    }

    /** The bounds a price match says, or none when its numbers are no prices (a reference's digits). */
    private static List<Bounded> priceBounds(Matcher matcher) {
        try {
            if (matcher.group("from") != null) {
                var from = Amount.of(matcher.group("from"));
                var to = Amount.of(matcher.group("to"));
                if (!from.marked() && !to.marked()) {
                    return List.of();
                }
                var low = from.yuan(from.marked() ? from.unit() : to.unit());
                var high = to.yuan(to.marked() ? to.unit() : from.unit());
                return List.of(
                        new Bounded(Bound.MIN_PRICE, low.min(high)), new Bounded(Bound.MAX_PRICE, low.max(high)));
            }
            for (var group : List.of("below", "max", "above", "min")) {
                if (matcher.group(group) != null) {
                    var amount = Amount.of(matcher.group(group));
                    var yuan = amount.yuan(amount.unit());
                    if (!amount.marked() && yuan.compareTo(BigDecimal.valueOf(BARE_PRICE_FROM)) < 0) {
                        return List.of();
                    }
                    var bound = group.equals("below") || group.equals("max") ? Bound.MAX_PRICE : Bound.MIN_PRICE;
                    return List.of(new Bounded(bound, yuan));
                }
            }
            return List.of();
        } catch (ArithmeticException e) {
            return List.of();
        }
    }

    /**
     * An amount as typed: a number, a unit (empty for none) and whether ¥ or a unit marks it as
     * money.
     */
    private record Amount(BigDecimal number, String unit, boolean marked) {

        static Amount of(String typed) {
            var parts = AMOUNT_PARTS.matcher(typed.strip());
            if (!parts.matches()) {
                throw new ArithmeticException("not an amount: " + typed);
            }
            var unit = parts.group(3).toLowerCase(Locale.ROOT);
            var number = parts.group(2);
            return new Amount(
                    Character.isDigit(number.charAt(0)) ? new BigDecimal(number.replace(",", "")) : chinese(number),
                    unit,
                    parts.group(1) != null || !unit.isEmpty());
        }

        /** Chinese numerals: 二十 is 20, 一百五十 is 150, 两千 is 2,000; 二零一九 (no 十, 百 or 千) is 2019. */
        private static BigDecimal chinese(String numerals) {
            long value = 0;
            long digit = 0;
            boolean positional = numerals.chars().noneMatch(c -> c == '十' || c == '百' || c == '千');
            for (var c : numerals.toCharArray()) {
                int ten = c == '两' ? 2 : "零一二三四五六七八九".indexOf(c);
                if (ten >= 0) {
                    digit = positional ? digit * 10 + ten : ten;
                } else {
                    long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    value += (digit == 0 && unit == 10 ? 1 : digit) * unit;
                    digit = 0;
                }
            }
            return BigDecimal.valueOf(value + digit);
        }

        /** Whole yuan, read with {@code unit} (this amount's own, or the other end's of a range). */
        BigDecimal yuan(String unit) {
            var times = switch (unit) {
                case "万", "万元", "w" -> 10_000;
                case "千", "千元", "k" -> 1_000;
                case "百万", "m" -> 1_000_000;
                default -> 1;
            };
            var yuan = number.multiply(BigDecimal.valueOf(times)).setScale(0, RoundingMode.HALF_UP);
            yuan.longValueExact();
            return yuan;
        }
    }

    private static void sizes(String text, Pattern words, List<Said> said, StringBuilder rest, List<Bounded> bounds) {
        var matcher = words.matcher(text);
        while (matcher.find()) {
            took(matcher, said, rest, bounds);
        }
    }

    private static void took(Matcher matcher, List<Said> said, StringBuilder rest, List<Bounded> bounds) {
        var words = matcher.group().strip();
        bounds.forEach(bounded -> said.add(new Said(matcher.start(), bounded.bound(), bounded.value(), words)));
        for (int i = matcher.start(); i < matcher.end(); i++) {
            rest.setCharAt(i, ' ');
        }
    }

    /** The highest diameter in millimetres below the band {@code key} of the diameter facet. */
    private static BigDecimal below(String key) {
        return BigDecimal.valueOf(band(key).max() - 1, 1);
    }

    /** The lowest diameter in millimetres of the band {@code key} of the diameter facet. */
    private static BigDecimal from(String key) {
        return BigDecimal.valueOf(band(key).min(), 1);
    }

    private static FacetRanges.Range band(String key) {
        return FacetRanges.DIAMETERS.stream()
                .filter(range -> range.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The filter with each bound said that it leaves open and that keeps its range in order. This is
     * the one place that reads and writes the filter's price bounds (Money, read here in yuan).
     */
    private static Reading narrowed(ListingFilter filter, List<Said> said, String remainder) {
        var bounds = new EnumMap<Bound, BigDecimal>(Bound.class);
        put(bounds, Bound.MIN_PRICE, yuan(filter.minPrice()));
        put(bounds, Bound.MAX_PRICE, yuan(filter.maxPrice()));
        put(bounds, Bound.MIN_DIAMETER, filter.minDiameter());
        put(bounds, Bound.MAX_DIAMETER, filter.maxDiameter());
        var understood = new ArrayList<UnderstoodFilter>();
        for (var one : said) {
            if (!bounds.containsKey(one.bound()) && ordered(bounds, one)) {
                bounds.put(one.bound(), one.value());
                understood.add(new UnderstoodFilter(
                        one.bound().parameter, one.value().stripTrailingZeros().toPlainString(), one.text()));
            }
        }
        if (understood.isEmpty()) {
            return new Reading(remainder, filter, List.of());
        }
        var narrowed = new ListingFilter(
                filter.brands(),
                filter.referenceId(),
                money(bounds.get(Bound.MIN_PRICE)),
                money(bounds.get(Bound.MAX_PRICE)),
                filter.conditions(),
                filter.minYear(),
                filter.maxYear(),
                filter.materials(),
                bounds.get(Bound.MIN_DIAMETER),
                bounds.get(Bound.MAX_DIAMETER),
                filter.boxAndPapers(),
                filter.cities());
        return new Reading(remainder, narrowed, List.copyOf(understood));
    }

    private static void put(Map<Bound, BigDecimal> bounds, Bound bound, @Nullable BigDecimal value) {
        if (value != null) {
            bounds.put(bound, value);
        }
    }

    /** Whether {@code one} keeps its range's minimum at most its maximum. */
    private static boolean ordered(Map<Bound, BigDecimal> bounds, Said one) {
        var value = one.value();
        return switch (one.bound()) {
            case MIN_PRICE -> !bounds.containsKey(Bound.MAX_PRICE) || value.compareTo(bounds.get(Bound.MAX_PRICE)) <= 0;
            case MAX_PRICE -> !bounds.containsKey(Bound.MIN_PRICE) || value.compareTo(bounds.get(Bound.MIN_PRICE)) >= 0;
            case MIN_DIAMETER ->
                !bounds.containsKey(Bound.MAX_DIAMETER) || value.compareTo(bounds.get(Bound.MAX_DIAMETER)) <= 0;
            case MAX_DIAMETER ->
                !bounds.containsKey(Bound.MIN_DIAMETER) || value.compareTo(bounds.get(Bound.MIN_DIAMETER)) >= 0;
        };
    }

    private static @Nullable BigDecimal yuan(@Nullable Money price) {
        return price == null ? null : BigDecimal.valueOf(price.minor(), 2);
    }

    private static @Nullable Money money(@Nullable BigDecimal yuan) {
        return yuan == null ? null : Money.fen(yuan.movePointRight(2).longValueExact());
    }
}
