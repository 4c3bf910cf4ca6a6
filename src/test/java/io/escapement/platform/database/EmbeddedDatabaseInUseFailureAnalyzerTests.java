package io.escapement.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseInUseFailureAnalyzerTests {

    @Test
    void explainsWhatToDoWhenTheDataDirectoryIsTaken() {
        var cause =
                new EmbeddedDatabaseInUseException(Path.of("/srv/data/postgres"), Path.of("/srv/data/postgres.lock"));
        var analysis =
                new EmbeddedDatabaseInUseFailureAnalyzer().analyze(new IllegalStateException("start-up failed", cause));
        assertThat(analysis.getDescription()).contains("/srv/data/postgres", "already using");
        assertThat(analysis.getAction()).contains("escapement.database.embedded.data-dir", "ESCAPEMENT_DATABASE_URL");
    }
}
