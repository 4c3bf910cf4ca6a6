package io.escapement.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.StaffRole;
import io.escapement.testing.DatabaseDump;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.sql.Timestamp;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps P-5 and U-1: a trail that shows who read whose data, and betrays every edit. */
@SpringBootTest(
        properties = {
            "escapement.demo.listings=0",
            "escapement.audit.checkpoint-every=3",
            "escapement.audit.bulk-read-threshold=2"
        })
class AuditTrailTests {

    record Customer(
            @PersonalData(category = Category.USER_NAME, purposes = Purpose.CUSTOMER_SERVICE, retention = "P1M")
            PersonName name) {}

    @Autowired
    PersonalDataVault vault;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    DataAccessHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    SubjectId subject;
    final String agentId = "agent-" + UUID.randomUUID();

    @BeforeEach
    void aCustomerWhoseDataStaffRead() {
        subject = vault.newSubject("buyer");
        vault.store(subject, new Customer(PersonName.parse("林黛玉")));
        for (int i = 0; i < 4; i++) {
            vault.show(subject, Customer.class, "name", Purpose.CUSTOMER_SERVICE, agent(agentId));
        }
    }

    @Test
    void verifiesAnUntouchedTrail() {
        var report = verifier.verify();
        assertThat(report.intact()).as(report.toString()).isTrue();
        assertThat(report.entriesChecked()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from audit.checkpoint")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void answersTheCommandLineWithAnExitStatus() {
        assertThat(AuditConfiguration.verifyAndReport(verifier)).isZero();
        var backup = DatabaseDump.take(admin, "audit");
        try {
            JdbcClient.create(admin)
                    .sql("delete from audit.entry where seq = 1")
                    .update();
            assertThat(AuditConfiguration.verifyAndReport(verifier)).isEqualTo(1);
        } finally {
            backup.restore(admin);
        }
    }

    @Test
    void detectsAnEditedEntry() {
        long seq = lastSeq() - 1;
        tampered(sql -> sql.sql("update audit.entry set purpose = 'MARKETING' where seq = :seq")
                        .param("seq", seq)
                        .update())
                .satisfies(report -> {
                    assertThat(report.intact()).isFalse();
                    assertThat(report.firstBadEntry()).isEqualTo(seq);
                    assertThat(report.problem()).contains("changed");
                });
    }

    @Test
    void detectsADeletedEntry() {
        long seq = lastSeq() - 2;
        tampered(sql -> sql.sql("delete from audit.entry where seq = :seq")
                        .param("seq", seq)
                        .update())
                .satisfies(report -> {
                    assertThat(report.firstBadEntry()).isEqualTo(seq);
                    assertThat(report.problem()).contains("missing");
                });
    }

    @Test
    void detectsReorderedEntries() {
        long seq = lastSeq() - 2;
        tampered(sql -> {
                    sql.sql("update audit.entry set seq = -1 where seq = :seq")
                            .param("seq", seq)
                            .update();
                    sql.sql("update audit.entry set seq = :seq where seq = :next")
                            .param("seq", seq)
                            .param("next", seq + 1)
                            .update();
                    sql.sql("update audit.entry set seq = :next where seq = -1")
                            .param("next", seq + 1)
                            .update();
                })
                .satisfies(report -> assertThat(report.firstBadEntry()).isEqualTo(seq));
    }

    @Test
    void detectsAForgedEntryReHashedWithoutTheKey() {
        long seq = lastSeq();
        tampered(sql -> {
                    var row = sql.sql("select * from audit.entry where seq = :seq")
                            .param("seq", seq)
                            .query((rs, n) -> new AuditEntry(
                                    seq,
                                    rs.getTimestamp("at").toInstant(),
                                    rs.getObject("subject_id", UUID.class),
                                    rs.getString("field"),
                                    rs.getString("category"),
                                    rs.getString("action"),
                                    "SECURITY",
                                    rs.getString("accessor_kind"),
                                    rs.getString("accessor_ref"),
                                    rs.getString("accessor_role"),
                                    rs.getString("case_reference"),
                                    rs.getString("reason"),
                                    rs.getBytes("previous_hash")))
                            .single();
                    sql.sql("update audit.entry set purpose = 'SECURITY', hash = :hash where seq = :seq")
                            .param("hash", row.hash())
                            .param("seq", seq)
                            .update();
                })
                .satisfies(report -> {
                    assertThat(report.firstBadEntry()).isEqualTo(seq);
                    assertThat(report.problem()).contains("MAC");
                });
    }

    @Test
    void detectsEntriesCutFromTheEndAfterACheckpoint() {
        var checkpoint = jdbc.sql("select max(seq) from audit.checkpoint")
                .query(Long.class)
                .single();
        tampered(sql -> sql.sql("delete from audit.entry where seq >= :seq")
                        .param("seq", checkpoint)
                        .update())
                .satisfies(report -> assertThat(report.problem()).contains("end of the trail was deleted"));
    }

    @Test
    void keepsTheReasonForAnUnmaskingInTheChain() {
        vault.reveal(
                subject,
                Customer.class,
                "name",
                PersonName.class,
                Purpose.CUSTOMER_SERVICE,
                agent(agentId).because("caller confirms the name on the parcel"));
        assertThat(history.of(subject).get(0)).satisfies(access -> {
            assertThat(access.action()).isEqualTo("UNMASK");
            assertThat(access.reason()).isEqualTo("caller confirms the name on the parcel");
        });
        long seq = lastSeq();
        tampered(sql -> sql.sql("update audit.entry set reason = 'routine check' where seq = :seq")
                        .param("seq", seq)
                        .update())
                .satisfies(report -> {
                    assertThat(report.firstBadEntry()).isEqualTo(seq);
                    assertThat(report.problem()).contains("changed");
                });
    }

    @Test
    void forbidsTheApplicationToChangeOrDeleteEntries() {
        assertThatThrownBy(() ->
                        jdbc.sql("update audit.entry set purpose = 'MARKETING'").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied for table entry");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entry").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied for table entry");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void flagsAStaffMemberReadingManySubjectsWithinAnHour() {
        for (int i = 0; i < 3; i++) {
            var other = vault.newSubject("buyer");
            vault.store(other, new Customer(PersonName.parse("路人" + "甲乙丙".charAt(i))));
            vault.show(other, Customer.class, "name", Purpose.CUSTOMER_SERVICE, agent("agent-bulk"));
        }
        assertThat(history.anomalies(1))
                .anySatisfy(anomaly -> {
                    assertThat(anomaly.staff()).isEqualTo("agent-bulk");
                    assertThat(anomaly.distinctSubjects()).isGreaterThan(2);
                })
                .noneMatch(anomaly -> anomaly.staff().equals(agentId));
    }

    @Test
    void showsTheSubjectWhoAccessedItsDataByRoleAndCaseNotByName() {
        var accesses = history.of(subject);
        assertThat(accesses).hasSizeGreaterThanOrEqualTo(4).allSatisfy(access -> {
            assertThat(access.by()).isEqualTo("CUSTOMER_SERVICE");
            assertThat(access.caseReference()).isEqualTo("CS-100");
            assertThat(access.category()).isEqualTo(Category.USER_NAME);
            assertThat(access.purpose()).isEqualTo(Purpose.CUSTOMER_SERVICE);
        });
        assertThat(accesses.toString()).doesNotContain(agentId);
        assertThat(accesses.get(0).at()).isBefore(new Timestamp(System.currentTimeMillis() + 1000).toInstant());
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from audit.entry").query(Long.class).single();
    }

    /** Tampers with the trail as a database administrator would, verifies, then restores it. */
    private org.assertj.core.api.ObjectAssert<AuditVerifier.Report> tampered(Consumer<JdbcClient> tampering) {
        var backup = DatabaseDump.take(admin, "audit");
        try {
            tampering.accept(JdbcClient.create(admin));
            return assertThat(verifier.verify());
        } finally {
            backup.restore(admin);
        }
    }

    private static Accessor agent(String id) {
        return Accessor.staff(id, StaffRole.CUSTOMER_SERVICE, "CS-100");
    }
}
