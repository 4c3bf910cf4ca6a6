package io.escapement.demo;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListWatch;
import io.escapement.merchant.Merchant;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.party.MerchantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Tops the shop up to {@code escapement.demo.listings} listings on start-up. Work is committed in
 * batches, so an interrupted run continues where it stopped.
 */
@Component
class DemoDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final int BATCH = 5_000;

    private final DemoDataProperties properties;
    private final Catalog catalog;
    private final MerchantDirectory merchants;

    DemoDataGenerator(DemoDataProperties properties, Catalog catalog, MerchantDirectory merchants) {
        this.properties = properties;
        this.catalog = catalog;
        this.merchants = merchants;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.enabled()) {
            generate(properties.listings());
        }
    }

    /** Generates listings until there are {@code target}; returns how many were added. */
    long generate(long target) {
        long existing = catalog.countListings();
        if (existing >= target) {
            return 0;
        }
        long started = System.nanoTime();
        var merchantIds = ensureMerchants(DemoMerchants.countFor(target));
        var listings = new DemoListings(properties.seed(), catalog.references(Optional.empty()));
        var cityOf = merchants.findAll(merchantIds);
        for (long from = existing; from < target; from += BATCH) {
            var batch = new ArrayList<ListWatch>(BATCH);
            LongStream.range(from, Math.min(target, from + BATCH)).forEach(index -> {
                var merchantId = merchantIds.get(listings.merchantOf(index));
                Merchant merchant = cityOf.get(merchantId);
                batch.add(listings.listing(index, merchantId, merchant.city()));
            });
            catalog.list(batch);
            if (target >= 100_000 && (from / BATCH) % 20 == 0) {
                log.info("Demo data: {} of {} listings", from + batch.size(), target);
            }
        }
        log.info(
                "Demo data: added {} listings ({} in all) in {} ms",
                target - existing,
                target,
                (System.nanoTime() - started) / 1_000_000);
        return target - existing;
    }

    private List<MerchantId> ensureMerchants(int count) {
        long existing = merchants.count();
        if (existing < count) {
            var generator = new DemoMerchants(properties.seed());
            var missing = new ArrayList<io.escapement.merchant.RegisterMerchant>();
            for (int number = (int) existing; number < count; number++) {
                missing.add(generator.merchant(number));
            }
            merchants.register(missing);
        }
        return merchants.ids().subList(0, count);
    }
}
