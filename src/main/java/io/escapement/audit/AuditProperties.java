package io.escapement.audit;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param checkpointEvery sign a checkpoint after this many entries (one is also signed every minute)
 * @param bulkReadThreshold flag a staff member who reads the data of more than this many distinct
 *     subjects within an hour
 * @param verifyAndExit verify the whole trail on start-up, print the report and exit (0 intact, 1 not)
 * @param anchorFile where the chain's signed head is kept outside the database (ADR 22)
 */
@ConfigurationProperties("escapement.audit")
public record AuditProperties(
        Integer checkpointEvery, Integer bulkReadThreshold, boolean verifyAndExit, Path anchorFile) {

    public AuditProperties {
        checkpointEvery = checkpointEvery == null ? 1_000 : checkpointEvery;
        bulkReadThreshold = bulkReadThreshold == null ? 50 : bulkReadThreshold;
        anchorFile = anchorFile == null ? Path.of("keys", "audit-anchor") : anchorFile;
    }
}
