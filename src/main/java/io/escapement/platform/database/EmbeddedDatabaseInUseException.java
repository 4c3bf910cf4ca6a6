package io.escapement.platform.database;

import java.nio.file.Path;

/** Another running instance already owns the embedded database directory. */
public class EmbeddedDatabaseInUseException extends IllegalStateException {

    EmbeddedDatabaseInUseException(Path dataDir, Path lockFile) {
        super("Another Escapement instance is already using the embedded database in " + dataDir
                + " (lock " + lockFile + "). Stop that instance, or point this one at another directory"
                + " with escapement.database.embedded.data-dir, or at an external PostgreSQL with"
                + " ESCAPEMENT_DATABASE_URL.");
    }
}
