package io.escapement.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param checkpointEvery sign a checkpoint after this many entries (one is also signed every minute)
 * @param bulkReadThreshold flag a staff member who reads the data of more than this many distinct
 *     subjects within an hour
 * @param verifyAndExit verify the whole trail on start-up, print the report and exit (0 intact, 1 not)
 */
@ConfigurationProperties("escapement.audit")
public record AuditProperties(Integer checkpointEvery, Integer bulkReadThreshold, boolean verifyAndExit) {

    public AuditProperties {
        checkpointEvery = checkpointEvery == null ? 1_000 : checkpointEvery;
        bulkReadThreshold = bulkReadThreshold == null ? 50 : bulkReadThreshold;
    }
}
