package io.escapement.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's key is kept owner-only and survives a restart; a stranger's signature never verifies. */
class SandboxKeysTests {

    @TempDir
    Path dir;

    @Test
    void isKeptOwnerOnlyAndVerifiesAfterARestartButNotAStrangersSignature() throws Exception {
        var file = dir.resolve("keys").resolve("payment-sandbox.json");
        var data = "reference=P1".getBytes(StandardCharsets.UTF_8);

        var signature = SandboxKeys.in(file).sign(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(SandboxKeys.in(file).verifies(signature, data)).isTrue();
        assertThat(SandboxKeys.in(file).verifies(SandboxKeys.stranger().sign(data), data))
                .isFalse();
    }
}
