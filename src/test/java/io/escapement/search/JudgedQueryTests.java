package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.WatchReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed judged query set (zh and en: nicknames, reference forms, brand aliases, typos) run
 * against a fixture catalog of one listing per reference: success@3 must reach 0.9.
 */
@SpringBootTest
class JudgedQueryTests {

    static final double REQUIRED_SUCCESS_AT_3 = 0.9;

    @Autowired
    Catalog catalog;

    @TempDir
    Path directory;

    @Test
    void successAtThreeIsAtLeastNinetyPercent() throws Exception {
        var fixture = new SearchFixture(catalog, directory);
        JsonNode queries;
        try (var in = getClass().getResourceAsStream("/search/judged-queries.json")) {
            queries = JsonMapper.builder().build().readTree(in);
        }
        assertThat(queries.size()).isGreaterThanOrEqualTo(40);
        int successes = 0;
        var failures = new ArrayList<String>();
        for (var query : queries) {
            var expected = new HashSet<String>();
            query.path("expect").forEach(node -> expected.add(WatchReference.key(node.asString())));
            var brand = query.has("brand") ? query.get("brand").asString() : null;
            var top = fixture.search(query.get("q").asString(), 3).ids().stream()
                    .map(fixture::listing)
                    .toList();
            boolean success = top.stream()
                    .anyMatch(listing -> brand != null
                            ? listing.brand().slug().equals(brand)
                            : expected.contains(
                                    WatchReference.key(listing.reference().referenceNumber())));
            if (success) {
                successes++;
            } else {
                failures.add(query.get("q").asString() + " -> "
                        + top.stream().map(l -> l.reference().referenceNumber()).toList());
            }
        }
        fixture.engine.close();
        double successAt3 = (double) successes / queries.size();
        System.out.printf(
                "Judged queries: success@3 = %.3f (%d of %d); misses: %s%n",
                successAt3, successes, queries.size(), failures);
        assertThat(successAt3).as("success@3, misses: %s", failures).isGreaterThanOrEqualTo(REQUIRED_SUCCESS_AT_3);
    }
}
