package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With indexing off (benchmarks of a generated million-listing catalog) the photo index stays untouched. */
@SpringBootTest(properties = {"escapement.visual.indexing=false", "escapement.demo.listings=20"})
class PhotoIndexingSwitchTests {

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotoSync sync;

    @Autowired
    VisualIndex index;

    @Test
    void leavesThePhotoIndexAloneWhenIndexingIsOff() {
        var onSale = catalog.onSaleIdsAfter(new ListingId(0), 20);
        assertThat(onSale).isNotEmpty();
        sync.sync(onSale);
        assertThat(index.size()).isZero();
    }
}
