package io.escapement.payment.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyTextTests {

    static final java.security.KeyPair KEYS = TestKeys.rsa();

    @Test
    void readsAKeyFromPemTextBareBase64OrAFile(@TempDir Path dir) throws Exception {
        var file = Files.writeString(dir.resolve("apiclient_key.pem"), TestKeys.privatePem(KEYS));

        assertThat(KeyText.rsaPrivateKey("p", TestKeys.privatePem(KEYS))).isEqualTo(KEYS.getPrivate());
        assertThat(KeyText.rsaPrivateKey("p", TestKeys.bareBase64(KEYS, true))).isEqualTo(KEYS.getPrivate());
        assertThat(KeyText.rsaPrivateKey("p", file.toString())).isEqualTo(KEYS.getPrivate());
        assertThat(KeyText.rsaPublicKey("p", TestKeys.publicPem(KEYS))).isEqualTo(KEYS.getPublic());
    }

    @Test
    void namesThePropertyAndNeverTheKeyWhenItCannotBeRead(@TempDir Path dir) {
        var publicAsPrivate = TestKeys.publicPem(KEYS);

        assertThatThrownBy(() -> KeyText.rsaPrivateKey("escapement.payment.alipay.private-key", " "))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("escapement.payment.alipay.private-key is not configured");
        assertThatThrownBy(() -> KeyText.rsaPrivateKey("escapement.payment.alipay.private-key", publicAsPrivate))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("escapement.payment.alipay.private-key")
                .hasMessageNotContaining(TestKeys.bareBase64(KEYS, false).substring(0, 40));
        assertThatThrownBy(() -> KeyText.certificates("c", "not a certificate at all"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("c ");
        assertThatThrownBy(() -> KeyText.bytes("k", dir.resolve("missing.pfx").toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("k names a file that cannot be read");
    }

    @Test
    void sortsFieldsAndLeavesOutTheExcludedAndOnDemandTheEmpty() {
        var fields = java.util.Map.of("b", "2", "a", "1", "sign", "x", "c", "");

        assertThat(SignedText.sortedPairs(fields, java.util.Set.of("sign"), true))
                .isEqualTo("a=1&b=2");
        assertThat(SignedText.sortedPairs(fields, java.util.Set.of("sign"), false))
                .isEqualTo("a=1&b=2&c=");
    }
}
