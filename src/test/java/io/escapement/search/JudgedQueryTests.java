package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.PageSpec;
import io.escapement.catalog.WatchReference;
import io.escapement.search.spi.Availability;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed judged query set (zh and en: nicknames, reference forms, brand aliases, typos,
 * family names without their suffix, prices and sizes said in words) run against a fixture catalog
 * of one listing per reference: success@3 must reach 0.9. A query's {@code understood} names the
 * filters its words say; every other query says none.
 */
@SpringBootTest
class JudgedQueryTests {

    static final double REQUIRED_SUCCESS_AT_3 = 0.9;

    @Autowired
    Catalog catalog;

    @TempDir
    Path directory;

    SearchFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SearchFixture(catalog, directory);
    }

    @AfterEach
    void close() throws Exception {
        fixture.engine.close();
    }

    @Test
    void successAtThreeIsAtLeastNinetyPercent() throws Exception {
        var queries = queries();
        assertThat(queries.size()).isGreaterThanOrEqualTo(40);
        int successes = 0;
        var failures = new ArrayList<String>();
        for (var query : queries) {
            var expected = new HashSet<String>();
            query.path("expect").forEach(node -> expected.add(WatchReference.key(node.asString())));
            var brand = query.has("brand") ? query.get("brand").asString() : null;
            var understood = expectedFilters(query);
            var top = fixture.search(query.get("q").asString(), 3).ids().stream()
                    .map(fixture::listing)
                    .toList();
            boolean found = brand == null && expected.isEmpty()
                    || top.stream()
                            .anyMatch(listing -> brand != null
                                    ? listing.brand().slug().equals(brand)
                                    : expected.contains(WatchReference.key(
                                            listing.reference().referenceNumber())));
            boolean success = found && !top.isEmpty() && top.stream().allMatch(listing -> within(listing, understood));
            if (success) {
                successes++;
            } else {
                failures.add(query.get("q").asString() + " -> "
                        + top.stream().map(l -> l.reference().referenceNumber()).toList());
            }
        }
        double successAt3 = (double) successes / queries.size();
        System.out.printf(
                "Judged queries: success@3 = %.3f (%d of %d); misses: %s%n",
                successAt3, successes, queries.size(), failures);
        assertThat(successAt3).as("success@3, misses: %s", failures).isGreaterThanOrEqualTo(REQUIRED_SUCCESS_AT_3);
    }

    @Test
    void understandsThePricesAndSizesOfEveryQueryAndNothingElse() throws Exception {
        for (var query : queries()) {
            var text = query.get("q").asString();
            var understood = ListingSearch.request(
                            text, ListingFilter.NONE, Availability.ON_SALE, ListingSort.RELEVANCE, new PageSpec(1, 3))
                    .understood();
            assertThat(understood.stream()
                            .collect(Collectors.toMap(UnderstoodFilter::parameter, UnderstoodFilter::value)))
                    .as(text)
                    .isEqualTo(expectedFilters(query));
        }
    }

    @Test
    void underTenWanYieldsOnlyListingsOfAtMostOneHundredThousandYuan() {
        var found = fixture.all("10万以下");
        assertThat(found)
                .allSatisfy(listing -> assertThat(listing.price().wholeUnits()).isLessThanOrEqualTo(100_000));
        assertThat(found)
                .hasSameSizeAs(fixture.listings.stream()
                        .filter(listing -> listing.price().wholeUnits() <= 100_000)
                        .toList());
        assertThat(fixture.all("劳力士10万以下")).isNotEmpty().allSatisfy(listing -> {
            assertThat(listing.price().wholeUnits()).isLessThanOrEqualTo(100_000);
            assertThat(listing.brand().slug()).isEqualTo("rolex");
        });
    }

    @Test
    void womensWatchesAreThoseOfTheSmallestDiameterBandOnly() {
        var smallest = FacetRanges.DIAMETERS.get(0);
        var blank = fixture.search("", 1).facets().diameters().stream()
                .filter(count -> count.value().equals(smallest.key()))
                .findFirst()
                .orElseThrow();
        for (var typed : List.of("女表", "女士腕表", "ladies", "women's")) {
            var found = fixture.all(typed);
            assertThat(found)
                    .as(typed)
                    .hasSize((int) blank.count())
                    .allSatisfy(listing -> assertThat(listing.reference().diameterMm())
                            .isLessThan(BigDecimal.valueOf(smallest.max(), 1)));
        }
        assertThat(fixture.all("男表"))
                .isNotEmpty()
                .allSatisfy(listing ->
                        assertThat(listing.reference().diameterMm()).isGreaterThanOrEqualTo(BigDecimal.valueOf(36)));
    }

    private JsonNode queries() throws Exception {
        try (var in = getClass().getResourceAsStream("/search/judged-queries.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private static Map<String, String> expectedFilters(JsonNode query) {
        var filters = new LinkedHashMap<String, String>();
        query.path("understood")
                .properties()
                .forEach(entry -> filters.put(entry.getKey(), entry.getValue().asString()));
        return filters;
    }

    /** Whether the listing is within the bounds of the understood filters. */
    private static boolean within(Listing listing, Map<String, String> filters) {
        return filters.entrySet().stream().allMatch(filter -> {
            var bound = new BigDecimal(filter.getValue());
            return switch (filter.getKey()) {
                case "minPrice" ->
                    BigDecimal.valueOf(listing.price().wholeUnits()).compareTo(bound) >= 0;
                case "maxPrice" ->
                    BigDecimal.valueOf(listing.price().wholeUnits()).compareTo(bound) <= 0;
                case "minDiameter" -> listing.reference().diameterMm().compareTo(bound) >= 0;
                case "maxDiameter" -> listing.reference().diameterMm().compareTo(bound) <= 0;
                default -> throw new IllegalArgumentException("No filter " + filter.getKey());
            };
        });
    }
}
