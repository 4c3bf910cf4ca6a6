package io.escapement.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a held embedded-database lock into a short, actionable start-up message. */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the other instance, or set escapement.database.embedded.data-dir, or set"
                        + " ESCAPEMENT_DATABASE_URL to use an external PostgreSQL.",
                cause);
    }
}
