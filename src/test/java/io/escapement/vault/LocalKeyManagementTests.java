package io.escapement.vault;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClient;
import com.google.crypto.tink.KmsClients;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Random;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Keeps P-2 and R-3 (ADR 21): the master keyset is stored wrapped, by a key kept elsewhere. */
@ExtendWith(OutputCaptureExtension.class)
class LocalKeyManagementTests {

    static final Aead KEK = randomKek();

    @TempDir
    Path root;

    @BeforeAll
    static void registerTink() {
        VaultConfiguration.registerPrimitives();
    }

    @Test
    void storesTheMasterKeysetWrappedNeverInClear() throws Exception {
        var keyDir = root.resolve("keys");
        var wrapping = new WrappedKeysets(new LocalKeyManagement(keyDir, KEK));
        var file = keyDir.resolve(LocalKeyManagement.WRAPPED);
        var stored = Files.readString(file);

        assertThat(Files.list(keyDir).map(Path::getFileName).map(Path::toString))
                .containsExactly(LocalKeyManagement.WRAPPED);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(stored).contains("encryptedKeyset").doesNotContain("\"value\"");
        assertThatThrownBy(() -> TinkJsonProtoKeysetFormat.parseKeyset(stored, InsecureSecretKeyAccess.get()))
                .as("not a cleartext keyset")
                .isInstanceOf(Exception.class);
        assertThatThrownBy(
                        () -> TinkProtoKeysetFormat.parseKeyset(stored.getBytes(UTF_8), InsecureSecretKeyAccess.get()))
                .isInstanceOf(Exception.class);

        var sealed = wrapping.wrap(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), "test");
        var reopened = new WrappedKeysets(new LocalKeyManagement(keyDir, KEK));
        assertThat(reopened.unwrap(sealed, "test"))
                .as("the same master key after a restart")
                .isNotNull();
    }

    @Test
    void refusesToStartWithAWrongKeyEncryptionKey() {
        var keyDir = root.resolve("keys");
        new LocalKeyManagement(keyDir, KEK);

        assertThatThrownBy(() -> new LocalKeyManagement(keyDir, randomKek()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The key-encryption key does not open the master keyset")
                .hasMessageContaining("ESCAPEMENT_VAULT_KEK");
        assertThat(keyDir.resolve(LocalKeyManagement.WRAPPED))
                .as("left as it was")
                .exists();
    }

    @Test
    void wrapsACleartextMasterKeysetAndDestroysIt(CapturedOutput output) throws Exception {
        var keyDir = root.resolve("keys");
        var old = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        var sealed = old.getPrimitive(com.google.crypto.tink.RegistryConfiguration.get(), Aead.class)
                .encrypt("data key".getBytes(UTF_8), new byte[0]);
        Files.createDirectories(keyDir);
        Files.writeString(
                keyDir.resolve(LocalKeyManagement.CLEARTEXT),
                TinkJsonProtoKeysetFormat.serializeKeyset(old, InsecureSecretKeyAccess.get()));

        var keys = new LocalKeyManagement(keyDir, KEK);

        assertThat(keyDir.resolve(LocalKeyManagement.CLEARTEXT)).doesNotExist();
        assertThat(keyDir.resolve(LocalKeyManagement.WRAPPED)).exists();
        assertThat(keys.masterKey().decrypt(sealed, new byte[0])).isEqualTo("data key".getBytes(UTF_8));
        assertThat(new LocalKeyManagement(keyDir, KEK).masterKey().decrypt(sealed, new byte[0]))
                .isEqualTo("data key".getBytes(UTF_8));
        assertThat(output.getAll().split("Wrapped the cleartext master keyset", -1))
                .as("logged once")
                .hasSize(2);
    }

    @Test
    void movesTheKeyStoreOutOfTheDataDirectory() throws Exception {
        var legacy = root.resolve("data").resolve("keys");
        var oldKeys = new DataKeys(new FileDataKeyStore(legacy), new WrappedKeysets(oldStyle(legacy)), 4);
        var subject = SubjectId.random();
        var sealed = PersonalDataVault.seal(oldKeys.create(subject), subject, "f", "13812345678");
        var keyDir = root.resolve("keys");

        LegacyKeyDirectory.moveInto(legacy, keyDir);
        var keys =
                new DataKeys(new FileDataKeyStore(keyDir), new WrappedKeysets(new LocalKeyManagement(keyDir, KEK)), 4);

        assertThat(legacy).doesNotExist();
        assertThat(root.resolve("data")).isEmptyDirectory();
        assertThat(keyDir.resolve(LocalKeyManagement.CLEARTEXT)).doesNotExist();
        assertThat(PersonalDataVault.open(keys.find(subject).orElseThrow(), subject, "f", sealed))
                .isEqualTo("13812345678");
    }

    @Test
    void generatesTheKeyEncryptionKeyFileOwnerOnlyOutsideTheKeyStore(CapturedOutput output) throws Exception {
        var kekFile = root.resolve("home").resolve(".escapement").resolve("vault-kek");
        var properties = properties(null, kekFile, null);

        var kek = KeyEncryptionKey.of(properties);

        assertThat(Files.getPosixFilePermissions(kekFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(kekFile).trim())).hasSize(32);
        assertThat(output.getAll())
                .contains("Generated the key-encryption key of the master keyset in ")
                .contains(".escapement/vault-kek: back it up apart")
                .contains("back it up apart");
        var sealed = kek.encrypt(new byte[] {1}, new byte[0]);
        assertThat(KeyEncryptionKey.of(properties).decrypt(sealed, new byte[0]))
                .as("read back at the next start")
                .containsExactly(1);
        assertThatThrownBy(() -> KeyEncryptionKey.of(
                        properties(null, root.resolve("keys").resolve("kek"), null)))
                .hasMessageContaining("must not lie in the key store");
    }

    @Test
    void takesTheKeyEncryptionKeyFromTheEnvironmentBeforeTheFile() throws Exception {
        var bytes = Random.randBytes(32);
        var kekFile = root.resolve("vault-kek");

        var kek = KeyEncryptionKey.of(properties(Base64.getEncoder().encodeToString(bytes), kekFile, null));

        assertThat(kekFile).doesNotExist();
        assertThat(new AesGcmJce(bytes).decrypt(kek.encrypt(new byte[] {7}, new byte[0]), new byte[0]))
                .containsExactly(7);
        assertThatThrownBy(() -> KeyEncryptionKey.of(properties("c2hvcnQ=", kekFile, null)))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void wrapsTheMasterKeysetByAKmsKeyWhenConfigured() throws Exception {
        var kms = randomKek();
        KmsClients.add(new TestKms(kms));
        var kekFile = root.resolve("vault-kek");

        var keyDir = root.resolve("keys");
        new LocalKeyManagement(keyDir, KeyEncryptionKey.of(properties(null, kekFile, TestKms.URI)));

        assertThat(kekFile).as("no local key-encryption key").doesNotExist();
        assertThatThrownBy(() -> new LocalKeyManagement(keyDir, KEK)).hasMessageContaining("does not open");
        assertThat(new LocalKeyManagement(keyDir, kms).masterKey()).isNotNull();
    }

    private VaultProperties properties(String kek, Path kekFile, String kmsKeyUri) {
        return new VaultProperties(root.resolve("keys"), null, kek, kekFile, kmsKeyUri, null);
    }

    /** The master keyset as versions before ADR 21 wrote it: in clear. */
    private static LocalKeyManagement oldStyle(Path keyDir) throws Exception {
        var keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        Files.createDirectories(keyDir);
        Files.writeString(
                keyDir.resolve(LocalKeyManagement.CLEARTEXT),
                TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
        var keys = new LocalKeyManagement(keyDir, KEK);
        Files.writeString(
                keyDir.resolve(LocalKeyManagement.CLEARTEXT),
                TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
        Files.delete(keyDir.resolve(LocalKeyManagement.WRAPPED));
        return keys;
    }

    static Aead randomKek() {
        try {
            return new AesGcmJce(Random.randBytes(32));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A KMS that a deployment would register, here holding its key in memory. */
    private record TestKms(Aead key) implements KmsClient {

        static final String URI = "test-kms://projects/escapement/keys/master";

        @Override
        public boolean doesSupport(String keyUri) {
            return URI.equals(keyUri);
        }

        @Override
        public KmsClient withCredentials(String credentialPath) {
            return this;
        }

        @Override
        public KmsClient withDefaultCredentials() {
            return this;
        }

        @Override
        public Aead getAead(String keyUri) {
            return key;
        }
    }
}
