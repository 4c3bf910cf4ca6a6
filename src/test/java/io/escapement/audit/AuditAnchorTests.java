package io.escapement.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.audit.AuditTrailTests.Customer;
import io.escapement.audit.spi.AuditAnchor;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.StaffRole;
import io.escapement.testing.DatabaseDump;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Seals;
import io.escapement.vault.SubjectId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps P-5: the signed head kept outside the database betrays a trail cut at its end, a trail
 * deleted whole and a chain forged again with the stolen MAC and signing keys. Each tampering is
 * done as the schema owner on the database, which is restored from a copy afterwards; the exit
 * status is the one {@code --escapement.audit.verify-and-exit=true} returns.
 */
@SpringBootTest(
        properties = {
            "escapement.demo.listings=0",
            "escapement.audit.checkpoint-every=3",
            "escapement.audit.bulk-read-threshold=2"
        })
class AuditAnchorTests {

    @Autowired
    PersonalDataVault vault;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditAnchor anchor;

    @Autowired
    AuditProperties properties;

    @Autowired
    Seals seals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    SubjectId subject;

    @BeforeEach
    void aTrailWithSeveralCheckpoints() {
        subject = vault.newSubject("buyer");
        vault.store(subject, new Customer(PersonName.parse("薛宝钗")));
        for (int i = 0; i < 7; i++) {
            vault.show(subject, Customer.class, "name", Purpose.CUSTOMER_SERVICE, agent());
        }
    }

    @Test
    void movesTheAnchorWithEveryEntry() {
        assertThat(anchor.read()).hasValueSatisfying(head -> {
            assertThat(head.seq()).isEqualTo(lastSeq());
            assertThat(head.hash()).isEqualTo(hashOf(lastSeq()));
        });
        vault.show(subject, Customer.class, "name", Purpose.CUSTOMER_SERVICE, agent());
        assertThat(anchor.read().orElseThrow().seq()).isEqualTo(lastSeq());
        assertThat(AuditConfiguration.verifyAndReport(verifier)).isZero();
    }

    @Test
    void keepsTheAnchorReadableByItsOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties.anchorFile())))
                .isEqualTo("rw-------");
    }

    @Test
    void failsWhenTheLastEntriesWereDeletedWithTheirCheckpoints() {
        long cut = lastSeq() - 4;
        assertThat(exitStatusAfter(sql -> {
                    sql.sql("delete from audit.entry where seq > :cut")
                            .param("cut", cut)
                            .update();
                    sql.sql("delete from audit.checkpoint where seq > :cut")
                            .param("cut", cut)
                            .update();
                }))
                .isEqualTo(1);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void failsWhenTheWholeTrailWasDeleted() {
        assertThat(exitStatusAfter(sql -> {
                    sql.sql("delete from audit.entry").update();
                    sql.sql("delete from audit.checkpoint").update();
                }))
                .isEqualTo(1);
        assertThat(AuditConfiguration.verifyAndReport(verifier)).isZero();
    }

    @Test
    void reportsAnEmptyTrailAfterEntriesExistedAsDeleted() {
        var backup = DatabaseDump.take(admin, "audit");
        try {
            JdbcClient.create(admin).sql("delete from audit.entry").update();
            JdbcClient.create(admin).sql("delete from audit.checkpoint").update();
            var report = verifier.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.problem()).contains("the trail is empty").contains("deleted");
        } finally {
            backup.restore(admin);
        }
    }

    @Test
    void failsWhenTheWholeChainWasForgedWithTheStolenKeys() {
        assertThat(exitStatusAfter(this::forgeWithAnotherAccessorForTheSubject)).isEqualTo(1);
        var backup = DatabaseDump.take(admin, "audit");
        try {
            forgeWithAnotherAccessorForTheSubject(JdbcClient.create(admin));
            assertThat(verifier.verify().problem()).contains("anchored outside the database");
        } finally {
            backup.restore(admin);
        }
        assertThat(AuditConfiguration.verifyAndReport(verifier)).isZero();
    }

    @Test
    void failsWhenTheAnchorIsMissingOrItsSignatureIsWrong() throws IOException {
        var file = properties.anchorFile();
        var original = Files.readAllBytes(file);
        try {
            var head = anchor.read().orElseThrow();
            var signature = head.signature().clone();
            signature[0] ^= 1;
            anchor.write(new AuditAnchor.SignedHead(head.seq(), head.hash(), signature));
            assertThat(verifier.verify().problem()).contains("signature");
            assertThat(AuditConfiguration.verifyAndReport(verifier)).isEqualTo(1);

            Files.delete(file);
            assertThat(verifier.verify().problem()).contains("missing");
            assertThat(AuditConfiguration.verifyAndReport(verifier)).isEqualTo(1);
        } finally {
            Files.write(file, original);
        }
        assertThat(AuditConfiguration.verifyAndReport(verifier)).isZero();
    }

    /**
     * What an attacker with a copy of the database and the audit keys does: blames the accesses to
     * one subject on another staff member and case, keeping the trail's length, chains every entry
     * again with fresh MACs and signs a new checkpoint.
     */
    private void forgeWithAnotherAccessorForTheSubject(JdbcClient sql) {
        List<AuditEntry> kept = sql.sql("select * from audit.entry order by seq")
                .query((rs, row) -> AuditVerifier.entry(rs))
                .list();
        sql.sql("delete from audit.entry").update();
        sql.sql("delete from audit.checkpoint").update();
        var previous = AuditEntry.GENESIS;
        long seq = 0;
        for (var original : kept) {
            seq++;
            var forged = new AuditEntry(
                    seq,
                    original.at(),
                    original.subject(),
                    original.field(),
                    original.category(),
                    original.action(),
                    original.purpose(),
                    original.accessorKind(),
                    blamed(original) ? "agent-innocent" : original.accessorReference(),
                    original.accessorRole(),
                    blamed(original) ? "CS-999" : original.caseReference(),
                    original.reason(),
                    previous);
            previous = forged.hash();
            AuditTrail.insert(sql, forged, previous, seals.mac(previous));
        }
        var forgedHead = previous;
        sql.sql("insert into audit.checkpoint (seq, at, hash, signature) values (:seq, now(), :hash, :signature)")
                .param("seq", seq)
                .param("hash", forgedHead)
                .param("signature", seals.sign(AuditEntry.checkpointContent(seq, forgedHead)))
                .update();
    }

    private boolean blamed(AuditEntry entry) {
        return entry.subject().equals(subject.value());
    }

    /** Tampers as the schema owner, runs the command's verification, then puts the copy back. */
    private int exitStatusAfter(Consumer<JdbcClient> tampering) {
        var backup = DatabaseDump.take(admin, "audit");
        try {
            tampering.accept(JdbcClient.create(admin));
            return AuditConfiguration.verifyAndReport(verifier);
        } finally {
            backup.restore(admin);
        }
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from audit.entry").query(Long.class).single();
    }

    private byte[] hashOf(long seq) {
        return jdbc.sql("select hash from audit.entry where seq = :seq")
                .param("seq", seq)
                .query(byte[].class)
                .single();
    }

    private static Accessor agent() {
        return Accessor.staff("agent-anchor", StaffRole.CUSTOMER_SERVICE, "CS-200");
    }
}
