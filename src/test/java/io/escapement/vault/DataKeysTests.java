package io.escapement.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeysTests {

    @BeforeAll
    static void registerTink() {
        VaultConfiguration.registerPrimitives();
    }

    @TempDir
    Path keyDir;

    @Test
    void keepsTheCacheBoundedAndForgetsShreddedKeys() {
        var keys = dataKeys(keyDir, 16);
        var subjects = new ArrayList<SubjectId>();
        for (int i = 0; i < 40; i++) {
            var subject = SubjectId.random();
            keys.create(subject);
            subjects.add(subject);
        }
        assertThat(keys.cachedKeys()).isLessThanOrEqualTo(16);
        var first = subjects.get(0);
        assertThat(keys.find(first)).as("an evicted key is unwrapped again").isPresent();

        keys.destroy(first);
        assertThat(keys.find(first)).isEmpty();
        assertThat(dataKeys(keyDir, 16).find(first))
                .as("gone from the key store too")
                .isEmpty();
        assertThat(dataKeys(keyDir, 16).find(subjects.get(1))).isPresent();
    }

    @Test
    void storesKeysWrappedAndOwnerOnly() throws Exception {
        var keys = dataKeys(keyDir, 4);
        var subject = SubjectId.random();
        var key = keys.create(subject);
        var file = keyDir.resolve("subjects")
                .resolve(subject.toString().substring(0, 2))
                .resolve(subject + ".keyset");
        assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(java.nio.file.Files.getPosixFilePermissions(keyDir.resolve(LocalKeyManagement.WRAPPED)))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(java.nio.file.Files.getPosixFilePermissions(keyDir))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(java.nio.file.Files.getPosixFilePermissions(file.getParent()))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        var sealed = PersonalDataVault.seal(key, subject, "f", "secret");
        assertThat(PersonalDataVault.open(dataKeys(keyDir, 4).find(subject).orElseThrow(), subject, "f", sealed))
                .isEqualTo("secret");
    }

    static DataKeys dataKeys(Path keyDir, int cacheSize) {
        var wrapping = new WrappedKeysets(new LocalKeyManagement(keyDir, LocalKeyManagementTests.KEK));
        return new DataKeys(new FileDataKeyStore(keyDir), wrapping, cacheSize);
    }
}
