package io.escapement.demo;

import io.escapement.catalog.Cities;
import io.escapement.merchant.MerchantContact;
import io.escapement.merchant.RegisterMerchant;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/** Draws demo merchants with Datafaker; merchant {@code n} depends only on the seed and {@code n}. */
final class DemoMerchants {

    private static final List<String> SUFFIXES = List.of("名表行", "钟表行", "腕表会所", "名表中心", "表行", "奢表馆");

    private final long seed;
    private final Random random = new Random();
    private final Faker chinese = new Faker(Locale.SIMPLIFIED_CHINESE, random);
    private final Faker english = new Faker(Locale.ENGLISH, random);
    private final List<String> cities;

    DemoMerchants(long seed) {
        this.seed = seed;
        // The cities Datafaker knows for China, limited to those the storefront can name in English.
        var known = Set.copyOf(Cities.known());
        var drawn = new java.util.LinkedHashSet<String>();
        var cityRandom = new Random(seed);
        var cityFaker = new Faker(Locale.SIMPLIFIED_CHINESE, cityRandom);
        for (int i = 0; i < 5_000 && drawn.size() < known.size(); i++) {
            var city = cityFaker.address().city();
            if (known.contains(city)) {
                drawn.add(city);
            }
        }
        this.cities = drawn.isEmpty() ? Cities.known() : List.copyOf(drawn);
    }

    /** How many merchants the first {@code listings} listings are spread over. */
    static int countFor(long listings) {
        return (int) Math.min(25_000, Math.max(40, listings / 40));
    }

    RegisterMerchant merchant(int number) {
        random.setSeed(DemoListings.mix(seed, -1L - number));
        // Big cities get more merchants: a skewed pick over the city list.
        var city = cities.get((int) (Math.pow(random.nextDouble(), 2.2) * cities.size()));
        var name = city + chinese.name().firstName() + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
        var nameEn = Cities.name(city).en() + " " + english.name().lastName() + " Fine Watches";
        var since = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3_900));
        var rating = BigDecimal.valueOf(38 + random.nextInt(13), 1);
        var contact = new MerchantContact(
                PersonName.parse(chinese.name().lastName() + chinese.name().firstName()),
                PhoneNumber.parse("1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000))),
                EmailAddress.parse("contact" + number + "@" + english.internet().domainName()));
        return new RegisterMerchant(name, nameEn, city, since, rating, contact);
    }
}
