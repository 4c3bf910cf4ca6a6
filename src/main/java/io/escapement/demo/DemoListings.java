package io.escapement.demo;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Condition;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.SerialNumber;
import io.escapement.catalog.WatchReference;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Draws demo listings. Listing {@code i} depends only on the seed and {@code i}, never on how
 * many listings are generated, so runs with different counts agree on the listings they share.
 */
final class DemoListings {

    private static final String SERIAL_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final Map<String, Integer> BRAND_WEIGHTS = Map.of(
            "rolex", 20,
            "omega", 4,
            "patek-philippe", 3,
            "audemars-piguet", 3,
            "tudor", 3,
            "cartier", 3,
            "iwc", 2,
            "jaeger-lecoultre", 2,
            "longines", 2,
            "grand-seiko", 2);

    private final long seed;
    private final List<List<WatchReference>> brands;
    private final int[] cumulativeWeights;

    DemoListings(long seed, List<WatchReference> references) {
        if (references.isEmpty()) {
            throw new IllegalStateException("Demo listings need reference data");
        }
        this.seed = seed;
        this.brands = List.copyOf(references.stream()
                .collect(Collectors.groupingBy(WatchReference::brandSlug, LinkedHashMap::new, Collectors.toList()))
                .values());
        this.cumulativeWeights = new int[brands.size()];
        int sum = 0;
        for (int i = 0; i < brands.size(); i++) {
            sum += BRAND_WEIGHTS.getOrDefault(brands.get(i).get(0).brandSlug(), 1);
            cumulativeWeights[i] = sum;
        }
    }

    /** Demo merchant number (from 0) that sells listing {@code index}. */
    int merchantOf(long index) {
        return random(index, 1).nextInt(DemoMerchants.countFor(index + 1));
    }

    ListWatch listing(long index, MerchantId merchantId, String city) {
        var random = random(index, 2);
        var reference = pickReference(random);
        int lastYear = reference.discontinued() == null ? Year.now().getValue() : reference.discontinued();
        int firstYear = Math.max(reference.introduced(), lastYear - 25);
        int year = firstYear + random.nextInt(lastYear - firstYear + 1);
        var condition = pick(random, Condition.values(), 8, 20, 30, 25, 12, 5);
        var boxAndPapers = pick(random, BoxAndPapers.values(), 55, 15, 10, 20);
        var status = pick(random, ListingStatus.values(), 1, 93, 4, 2);
        var price = Money.yuan(price(reference.marketPrice().wholeUnits(), condition, boxAndPapers, random));
        boolean featured = status == ListingStatus.ON_SALE
                && boxAndPapers == BoxAndPapers.FULL_SET
                && condition.ordinal() <= Condition.MINT.ordinal()
                && random.nextInt(4) == 0;
        return new ListWatch(
                reference.id(),
                merchantId,
                serial(random),
                year,
                condition,
                boxAndPapers,
                price,
                city,
                status,
                3 + random.nextInt(2),
                random.nextLong(),
                descriptionZh(year, condition, boxAndPapers, city),
                descriptionEn(year, condition, boxAndPapers),
                featured);
    }

    /** A brand by its weight, then one of its references uniformly. */
    private WatchReference pickReference(SplittableRandom random) {
        int target = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        int index = Arrays.binarySearch(cumulativeWeights, target + 1);
        var brand = brands.get(index >= 0 ? index : -index - 1);
        return brand.get(random.nextInt(brand.size()));
    }

    private static long price(long market, Condition condition, BoxAndPapers boxAndPapers, SplittableRandom random) {
        double[] conditionFactor = {1.12, 1.04, 1.0, 0.93, 0.85, 0.74};
        double[] papersFactor = {1.0, 0.95, 0.9, 0.86};
        double spread = 0.9 + random.nextDouble() * 0.25;
        double price = market * conditionFactor[condition.ordinal()] * papersFactor[boxAndPapers.ordinal()] * spread;
        return Math.max(100, Math.round(price / 100) * 100);
    }

    private static SerialNumber serial(SplittableRandom random) {
        var serial = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            serial.append(SERIAL_ALPHABET.charAt(random.nextInt(SERIAL_ALPHABET.length())));
        }
        return new SerialNumber(serial.toString());
    }

    private static String descriptionZh(int year, Condition condition, BoxAndPapers boxAndPapers, String city) {
        return year + "年款，成色" + condition.label().zh() + "，"
                + boxAndPapers.label().zh() + "。" + "现货在" + city + "，已由平台鉴定师完成真伪与机芯检测，支持七天无理由退货。";
    }

    private static String descriptionEn(int year, Condition condition, BoxAndPapers boxAndPapers) {
        return "A " + year + " example in " + condition.label().en().toLowerCase() + " condition, "
                + boxAndPapers.label().en().toLowerCase() + ". Authenticated and movement-checked by our"
                + " inspectors; 7-day no-reason returns.";
    }

    private SplittableRandom random(long index, int stream) {
        return new SplittableRandom(mix(seed, index * 8 + stream));
    }

    static long mix(long seed, long value) {
        long z = seed + value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static <T> T pick(SplittableRandom random, T[] values, int... weights) {
        int total = Arrays.stream(weights).sum();
        int target = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("weights do not cover the values");
    }
}
