package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With indexing off (benchmarks of a generated million-listing catalog) the photo index stays
 * untouched, and photo search says it is incomplete.
 */
@SpringBootTest(properties = {"escapement.visual.indexing=false", "escapement.demo.listings=20"})
@AutoConfigureMockMvc
class PhotoIndexingSwitchTests {

    @Autowired
    MockMvc mvc;

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

    @Test
    void photoSearchSaysInBothLanguagesThatTheIndexIsIncomplete() throws Exception {
        mvc.perform(get("/photo-search"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"photo-indexing\"")))
                .andExpect(content().string(containsString("照片索引建立中，已完成 0 %")));
        mvc.perform(get("/api/v1/search/photo/index").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.percent").value(0))
                .andExpect(jsonPath("$.message", containsString("indexing, 0 %")));
    }
}
