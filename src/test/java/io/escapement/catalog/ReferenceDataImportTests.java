package io.escapement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/** A later start-up imports the reference data only when the file differs from the one last imported. */
@ApplicationModuleTest(extraIncludes = "platform")
class ReferenceDataImportTests {

    @Autowired
    ReferenceData referenceData;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreTheFilesData() throws Exception {
        jdbc.sql("update catalog.reference_data_source set sha256 = 'stale'").update();
        referenceData.afterPropertiesSet();
    }

    @Test
    void keepsTheDigestOfTheFileItImported() throws Exception {
        try (var in = new ClassPathResource("catalog/reference-data.json").getInputStream()) {
            var expected = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertThat(storedDigest()).isEqualTo(expected);
        }
    }

    @Test
    void aStartWithTheSameFileSkipsTheImportAndReadsTheDatabase() {
        renameRolex("改过的名字");

        referenceData.afterPropertiesSet();

        assertThat(rolex().nameZh()).isEqualTo("改过的名字");
    }

    @Test
    void aChangedFileIsImportedAgain() {
        var digest = storedDigest();
        renameRolex("改过的名字");
        jdbc.sql("update catalog.reference_data_source set sha256 = 'from an older file'")
                .update();

        referenceData.afterPropertiesSet();

        assertThat(rolex().nameZh()).isEqualTo("劳力士");
        assertThat(storedDigest()).isEqualTo(digest);
    }

    private void renameRolex(String nameZh) {
        jdbc.sql("update catalog.brand set name_zh = ? where slug = 'rolex'")
                .param(nameZh)
                .update();
    }

    private Brand rolex() {
        return catalog.brands().stream()
                .filter(brand -> brand.slug().equals("rolex"))
                .findFirst()
                .orElseThrow();
    }

    private String storedDigest() {
        return jdbc.sql("select sha256 from catalog.reference_data_source")
                .query(String.class)
                .single();
    }
}
