package io.escapement.vault;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.account.closing.AccountPurge;
import io.escapement.account.closing.Cancellation;
import io.escapement.account.minors.RealNameVerification;
import io.escapement.account.signin.EmailCredentials;
import io.escapement.account.signin.OneTimeCodes;
import io.escapement.account.signin.PhoneSignIn;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.ResidentId;
import io.escapement.testing.DatabaseDump;
import io.escapement.testing.MovableClock;
import io.escapement.testing.MovableClockConfiguration;
import io.escapement.testing.ResidueScan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keeps P-2 and for the most common backup, a copy of the data directory (ADR 21): the
 * application runs with its embedded PostgreSQL in {@code data/}, its key store in {@code keys/} and
 * its key-encryption key in a home directory, all apart. A copy of {@code data/} taken before or after
 * a purge holds no key and no plaintext, and the vault pointed at it opens nothing; after the purge
 * the key store itself no longer opens the purged buyer's data.
 */
@SpringBootTest(
        properties = {
            "escapement.demo.listings=0",
            "escapement.account.code-spacing=PT0S",
            "escapement.account.erasure-retry-after=PT0S",
            "escapement.database.embedded.ephemeral=false"
        })
@Import(MovableClockConfiguration.class)
@DirtiesContext
class DataDirectoryCopyTests {

    static final Path ROOT =
            Path.of("target", "data-copy-tests", UUID.randomUUID().toString()).toAbsolutePath();
    static final Path DATA = ROOT.resolve("data");
    static final Path KEYS = ROOT.resolve("keys");
    static final Path KEK_FILE = ROOT.resolve("home").resolve(".escapement").resolve("vault-kek");

    static final String PHONE = "13377770001";
    static final String EMAIL = "qian.xiaomei@example.com";
    static final String NAME = "钱晓梅";
    static final String ID_NUMBER = "11010519491231002X";

    @DynamicPropertySource
    static void separateDirectories(DynamicPropertyRegistry registry) {
        registry.add(
                "escapement.database.embedded.data-dir",
                () -> DATA.resolve("postgres").toString());
        registry.add("escapement.search.index-dir", () -> DATA.resolve("search").toString());
        registry.add("escapement.visual.index-dir", () -> DATA.resolve("visual").toString());
        registry.add(
                "escapement.catalog.photo-dir", () -> DATA.resolve("photos").toString());
        registry.add(
                "escapement.console.enrolment-file",
                () -> DATA.resolve("console-admin-enrolment.txt").toString());
        registry.add(
                "escapement.vault.legacy-key-dir", () -> DATA.resolve("keys").toString());
        registry.add("escapement.vault.key-dir", () -> KEYS.toString());
        registry.add(
                "escapement.database.embedded.password-file",
                () -> KEYS.resolve("postgres-superuser.password").toString());
        registry.add("escapement.vault.kek-file", () -> KEK_FILE.toString());
    }

    final OneTimeCodes codes;
    final DevelopmentSmsOutbox outbox;
    final PhoneSignIn phoneSignIn;
    final RealNameVerification verification;
    final PersonalDataVault vault;
    final Cancellation cancellation;
    final AccountPurge purge;
    final MovableClock clock;
    final VaultProperties properties;
    final DataSource admin;

    @Autowired
    DataDirectoryCopyTests(
            OneTimeCodes codes,
            DevelopmentSmsOutbox outbox,
            PhoneSignIn phoneSignIn,
            RealNameVerification verification,
            PersonalDataVault vault,
            Cancellation cancellation,
            AccountPurge purge,
            MovableClock clock,
            VaultProperties properties,
            @FlywayDataSource DataSource admin) {
        this.codes = codes;
        this.outbox = outbox;
        this.phoneSignIn = phoneSignIn;
        this.verification = verification;
        this.vault = vault;
        this.cancellation = cancellation;
        this.purge = purge;
        this.clock = clock;
        this.properties = properties;
        this.admin = admin;
    }

    @Test
    void aCopyOfTheDataDirectoryRevealsNothingBeforeOrAfterAPurge() throws Exception {
        var phone = PhoneNumber.parse(PHONE);
        codes.send(phone, "127.0.0.1");
        var buyer = phoneSignIn.signIn(phone, Codes.lastSentTo(outbox, PHONE), true, false);
        verification.verify(buyer, PersonName.parse(NAME), ResidentId.parse(ID_NUMBER));
        vault.store(buyer, new EmailCredentials(EmailAddress.parse(EMAIL), "not-a-real-hash"));
        var sealed = sealedFields(buyer);
        assertThat(openWith(KEYS, buyer, sealed))
                .as("the key store and the key-encryption key open the buyer's data")
                .contains("+86" + PHONE, NAME, ID_NUMBER, EMAIL);

        var before = copyOfData("before");
        assertRevealsNothing(before, DatabaseDump.take(admin));

        cancellation.cancel(buyer, false);
        clock.advance(Duration.ofDays(31));
        assertThat(purge.purgeDue()).isPositive();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(vault.isErased(buyer)).isTrue());
        var after = copyOfData("after");
        assertRevealsNothing(after, DatabaseDump.take(admin));

        assertThat(openWith(KEYS, buyer, sealed))
                .as("crypto-shredded: the key store no longer opens the ciphertexts of before the purge")
                .isEmpty();
        assertThat(openWith(before, buyer, sealed)).isEmpty();
        assertThat(openWith(before.resolve("keys"), buyer, sealed)).isEmpty();
        assertThat(openWith(after, buyer, sealed)).isEmpty();
    }

    private void assertRevealsNothing(Path copy, DatabaseDump dump) throws IOException {
        var secrets = keyMaterial();
        List<Path> files;
        try (var walk = Files.walk(copy)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the copy holds the database").anyMatch(file -> file.endsWith("PG_VERSION"));
        for (var file : files) {
            var bytes = Files.readAllBytes(file);
            var content = new String(bytes, ISO_8859_1);
            assertThat(file.getFileName().toString()).doesNotContain("keyset").doesNotContain("kek");
            assertThat(isKeyset(bytes)).as("%s is a keyset", file).isFalse();
            secrets.forEach((name, secret) -> assertThat(content.contains(secret))
                    .as("%s holds %s", file, name)
                    .isFalse());
            for (var plaintext : List.of(PHONE, EMAIL, NAME, ID_NUMBER)) {
                assertThat(content.contains(latin1(plaintext)))
                        .as("%s holds a plaintext", file)
                        .isFalse();
            }
        }
        for (var plaintext : List.of(PHONE, EMAIL, NAME, ID_NUMBER)) {
            assertThat(dump.contains(plaintext))
                    .as("the dump holds a plaintext")
                    .isFalse();
        }
        ResidueScan.of(admin).assertNoneOf(PHONE, EMAIL, NAME, ID_NUMBER);
    }

    /** Every file of the key store and the key-encryption key, raw and as stored. */
    private Map<String, String> keyMaterial() throws IOException {
        var secrets = new LinkedHashMap<String, String>();
        var encodedKek = Files.readString(KEK_FILE).trim();
        secrets.put("the key-encryption key", encodedKek);
        secrets.put("the raw key-encryption key", new String(Base64.getDecoder().decode(encodedKek), ISO_8859_1));
        try (var walk = Files.walk(KEYS)) {
            for (var file : walk.filter(Files::isRegularFile).toList()) {
                secrets.put(file.toString(), new String(Files.readAllBytes(file), ISO_8859_1).trim());
            }
        }
        assertThat(secrets.keySet())
                .anyMatch(name -> name.endsWith(LocalKeyManagement.WRAPPED))
                .anyMatch(name -> name.endsWith("postgres-superuser.password"))
                .anyMatch(name -> name.contains("subjects"));
        return secrets;
    }

    /** The plaintexts that the vault code opens from the sealed fields with the keys in {@code keyDir}. */
    private List<String> openWith(Path keyDir, SubjectId buyer, Map<String, byte[]> sealed) {
        var keys = new DataKeys(
                new FileDataKeyStore(keyDir),
                new WrappedKeysets(new LocalKeyManagement(keyDir, KeyEncryptionKey.of(properties))),
                1);
        var opened = new ArrayList<String>();
        keys.find(buyer)
                .ifPresent(key -> sealed.forEach(
                        (field, ciphertext) -> opened.add(PersonalDataVault.open(key, buyer, field, ciphertext))));
        return opened;
    }

    private Map<String, byte[]> sealedFields(SubjectId buyer) {
        var sealed = new LinkedHashMap<String, byte[]>();
        JdbcClient.create(admin)
                .sql("select field, ciphertext from vault.personal_field where subject_id = :id")
                .param("id", buyer.value())
                .query((row, i) -> sealed.put(row.getString(1), row.getBytes(2)))
                .list();
        return sealed;
    }

    /** Copies the data directory as a backup would, after a checkpoint, while the application runs. */
    private Path copyOfData(String name) throws IOException {
        JdbcClient.create(admin).sql("checkpoint").update();
        var copy = ROOT.resolve("copy-" + name);
        try (var walk = Files.walk(DATA)) {
            for (var source : walk.toList()) {
                var target = copy.resolve(DATA.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    copyUnlessGone(source, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return copy;
    }

    /** PostgreSQL removes temporary files while it runs; a backup skips what is gone. */
    private static void copyUnlessGone(Path source, Path target) throws IOException {
        try {
            Files.copy(source, target);
        } catch (java.nio.file.NoSuchFileException e) {
            // removed since the walk saw it
        }
    }

    /** Whether the bytes are a Tink keyset, in clear (binary or JSON) or wrapped. */
    private static boolean isKeyset(byte[] bytes) {
        var text = new String(bytes, UTF_8);
        if (text.contains("encryptedKeyset") || text.contains("primaryKeyId")) {
            return true;
        }
        try {
            TinkProtoKeysetFormat.parseKeyset(bytes, InsecureSecretKeyAccess.get());
            return true;
        } catch (Exception binary) {
            try {
                TinkJsonProtoKeysetFormat.parseKeyset(text, InsecureSecretKeyAccess.get());
                return true;
            } catch (Exception json) {
                return false;
            }
        }
    }

    private static String latin1(String plaintext) {
        return new String(plaintext.getBytes(UTF_8), ISO_8859_1);
    }
}
