package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.PageSpec;
import io.escapement.catalog.SerialNumber;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.search.spi.Availability;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The flow from the catalog to search, with only the modules it needs: a listing the catalog
 * publishes becomes searchable, and one a buyer holds leaves the results, through the catalog's
 * events and the durable listener alone.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class ListingChangeFlowTests {

    static final Money PRICE = Money.yuan(171_717);

    @Autowired
    Catalog catalog;

    @Autowired
    ListingSearch search;

    @Test
    void aPublishedListingBecomesSearchableAndAHeldOneLeavesTheResults(Scenario scenario) {
        var reference = catalog.referenceByNumber("126610LV").orElseThrow();
        var watch = new ListWatch(
                reference.id(),
                new MerchantId(5),
                new SerialNumber("FLOW0001"),
                2022,
                Condition.EXCELLENT,
                BoxAndPapers.FULL_SET,
                PRICE,
                "上海",
                ListingStatus.ON_SALE,
                3,
                11,
                "",
                "",
                false);

        scenario.stimulate(() -> catalog.list(List.of(watch)))
                .andWaitForStateChange(this::found, ids -> !ids.isEmpty())
                .andVerify(ids -> assertThat(ids).hasSize(1));

        var id = found().get(0);
        scenario.stimulate(() -> catalog.hold(id, UUID.randomUUID(), Duration.ofMinutes(15)))
                .andWaitForStateChange(this::found, List::isEmpty)
                .andVerify(ids ->
                        assertThat(catalog.listing(id).orElseThrow().buyable()).isFalse());
    }

    private List<ListingId> found() {
        return search
                .search(
                        "绿水鬼",
                        ListingFilter.NONE.withPrices(PRICE, PRICE),
                        Availability.ON_SALE,
                        ListingSort.NEWEST,
                        new PageSpec(1, 10))
                .page()
                .items()
                .stream()
                .map(io.escapement.catalog.Listing::id)
                .toList();
    }
}
