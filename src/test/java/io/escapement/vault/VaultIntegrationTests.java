package io.escapement.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.privacy.Category;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.PostalAddress;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.ResidentId;
import io.escapement.privacy.StaffRole;
import io.escapement.testing.DatabaseDump;
import io.escapement.testing.ResidueScan;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps P-2, P-3 and the ground of R-3: sealed per subject and field, looked up blind, shredded for good. */
@SpringBootTest(properties = "escapement.demo.listings=0")
class VaultIntegrationTests {

    /** A data subject's record, declared like any module's. */
    record Buyer(
            @PersonalData(
                    category = Category.USER_NAME,
                    purposes = {Purpose.ACCOUNT, Purpose.CUSTOMER_SERVICE},
                    retention = "P1M")
            PersonName name,

            @PersonalData(
                    category = Category.USER_CONTACT_PHONE,
                    purposes = {Purpose.ACCOUNT, Purpose.CUSTOMER_SERVICE},
                    retention = "P1M",
                    lookup = true)
            PhoneNumber phone,

            @PersonalData(
                    category = Category.USER_CONTACT_EMAIL,
                    purposes = Purpose.ACCOUNT,
                    retention = "P1M",
                    lookup = true)
            EmailAddress email,

            @PersonalData(
                    category = Category.USER_GOVERNMENT_ID,
                    purposes = {Purpose.ACCOUNT, Purpose.LEGAL_OBLIGATION},
                    retention = "P3Y",
                    lookup = true)
            ResidentId idNumber,

            @PersonalData(
                    category = Category.USER_CONTACT_ADDRESS,
                    purposes = Purpose.ORDER_FULFILMENT,
                    retention = "P1M")
            PostalAddress address) {}

    static final String ID_NUMBER = "11010519491231002X";

    @Autowired
    PersonalDataVault vault;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void letsTheSubjectSeeItsOwnDataOnlyAfterSigningInAgain() {
        var subject = aBuyer("欧阳娜娜", "13812345678", "nana@example.com");
        var fresh = Accessor.subject(subject, true);
        assertThat(vault.reveal(subject, Buyer.class, "phone", PhoneNumber.class, Purpose.ACCOUNT, fresh))
                .isEqualTo(new Read.Present<>(PhoneNumber.parse("13812345678")));
        assertThat(vault.show(subject, Buyer.class, "name", Purpose.ACCOUNT, Accessor.subject(subject, false)))
                .isEqualTo(new Read.Present<>("欧阳**"));
        assertThatThrownBy(() -> vault.reveal(
                        subject,
                        Buyer.class,
                        "phone",
                        PhoneNumber.class,
                        Purpose.ACCOUNT,
                        Accessor.subject(subject, false)))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("Sign in again");
        var other = aBuyer("张三", "13900000001", "zhang@example.com");
        assertThatThrownBy(() -> vault.reveal(
                        subject,
                        Buyer.class,
                        "phone",
                        PhoneNumber.class,
                        Purpose.ACCOUNT,
                        Accessor.subject(other, true)))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("only see its own data");
    }

    @Test
    void refusesAPurposeTheDataMapDoesNotDeclare() {
        var subject = aBuyer("李雷", "13700000002", "lilei@example.com");
        assertThatThrownBy(() -> vault.reveal(
                        subject,
                        Buyer.class,
                        "phone",
                        PhoneNumber.class,
                        Purpose.MARKETING_SMS,
                        Accessor.system("test")))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("does not declare vault.Buyer.phone for the purpose MARKETING_SMS");
    }

    @Test
    void bindsEachCiphertextToItsSubjectAndField() {
        var victim = aBuyer("韩梅梅", "13600000003", "meimei@example.com");
        var attacker = aBuyer("王五", "13500000004", "wangwu@example.com");
        var admin = JdbcClient.create(this.admin);
        admin.sql("""
                        update vault.personal_field set ciphertext = (select ciphertext from vault.personal_field
                          where subject_id = :victim and field = 'vault.Buyer.phone')
                        where subject_id = :attacker and field = 'vault.Buyer.phone'""")
                .param("victim", victim.value())
                .param("attacker", attacker.value())
                .update();
        admin.sql("""
                        update vault.personal_field set ciphertext = (select ciphertext from vault.personal_field
                          where subject_id = :victim and field = 'vault.Buyer.phone')
                        where subject_id = :victim and field = 'vault.Buyer.name'""").param("victim", victim.value()).update();
        var system = Accessor.system("test");
        assertThatThrownBy(
                        () -> vault.reveal(attacker, Buyer.class, "phone", PhoneNumber.class, Purpose.ACCOUNT, system))
                .hasMessageContaining("does not belong to this subject and field");
        assertThatThrownBy(() -> vault.reveal(victim, Buyer.class, "name", PersonName.class, Purpose.ACCOUNT, system))
                .hasMessageContaining("does not belong to this subject and field");
    }

    @Test
    void findsSubjectsByNormalisedValueThroughTheBlindIndex() {
        var subject = aBuyer("赵六", "13400000005", "Zhao.Liu@Example.COM");
        assertThat(vault.lookup(Buyer.class, "phone", PhoneNumber.parse("+86 134-0000-0005")))
                .containsExactly(subject);
        assertThat(vault.lookup(Buyer.class, "email", EmailAddress.parse("zhao.liu@example.com")))
                .containsExactly(subject);
        assertThat(vault.lookup(Buyer.class, "phone", PhoneNumber.parse("13400000006")))
                .isEmpty();
        assertThatThrownBy(() -> vault.lookup(Buyer.class, "name", PersonName.parse("赵六")))
                .hasMessageContaining("not declared for look-ups");
    }

    @Test
    void keepsNoPlaintextAnywhereInTheDatabase() {
        aBuyer("司马相如", "13312345670", "sima.xiangru@example.com");
        ResidueScan.of(admin)
                .assertNoneOf(
                        "司马相如", "13312345670", "+8613312345670", "sima.xiangru@example.com", ID_NUMBER, "科技园南路88号");
    }

    @Test
    void shredsSoThatEvenARestoredBackupIsUnreadable() {
        var subject = aBuyer("孙七", "13200000007", "sun.qi@example.com");
        var backup = DatabaseDump.take(admin, "vault");
        assertThat(backup.contains("13200000007")).isFalse();
        assertThat(backup.contains("孙七")).isFalse();

        vault.shred(subject);
        var system = Accessor.system("test");
        assertThat(vault.reveal(subject, Buyer.class, "phone", PhoneNumber.class, Purpose.ACCOUNT, system))
                .isEqualTo(new Read.Erased<>());
        assertThat(vault.lookup(Buyer.class, "phone", PhoneNumber.parse("13200000007")))
                .isEmpty();

        backup.restore(admin);
        assertThat(jdbc.sql("select count(*) from vault.personal_field where subject_id = :id")
                        .param("id", subject.value())
                        .query(Long.class)
                        .single())
                .as("the backup brought the ciphertext back")
                .isEqualTo(5);
        assertThat(vault.reveal(subject, Buyer.class, "phone", PhoneNumber.class, Purpose.ACCOUNT, system))
                .isEqualTo(new Read.Erased<>());
        assertThat(vault.show(subject, Buyer.class, "name", Purpose.ACCOUNT, system)
                        .isErased())
                .isTrue();
        assertThat(vault.isErased(subject)).isTrue();
    }

    @Test
    void readsOldDataAfterRotatingADataKeyAndTheMasterKey() {
        var subject = aBuyer("周八", "13100000008", "zhou.ba@example.com");
        var ciphertextBefore = ciphertext(subject, "vault.Buyer.phone");
        vault.rotateDataKey(subject);
        assertThat(ciphertext(subject, "vault.Buyer.phone")).isNotEqualTo(ciphertextBefore);
        var system = Accessor.system("test");
        assertThat(vault.reveal(subject, Buyer.class, "phone", PhoneNumber.class, Purpose.ACCOUNT, system))
                .isEqualTo(new Read.Present<>(PhoneNumber.parse("13100000008")));

        long rewrapped = vault.rotateMasterKey();
        assertThat(rewrapped).isGreaterThanOrEqualTo(1);
        assertThat(vault.reveal(subject, Buyer.class, "idNumber", ResidentId.class, Purpose.ACCOUNT, system))
                .isEqualTo(new Read.Present<>(ResidentId.parse(ID_NUMBER)));
        assertThat(vault.lookup(Buyer.class, "phone", PhoneNumber.parse("13100000008")))
                .containsExactly(subject);
    }

    @Test
    void letsStaffUnmaskOnlyWithARoleThatFitsTheSensitivity() {
        var subject = aBuyer("吴九", "13000000009", "wu.jiu@example.com");
        var agent = Accessor.staff("staff-17", StaffRole.CUSTOMER_SERVICE, "CS-2026-0042");
        assertThatThrownBy(() ->
                        vault.reveal(subject, Buyer.class, "phone", PhoneNumber.class, Purpose.CUSTOMER_SERVICE, agent))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("reason");
        assertThat(vault.reveal(
                        subject,
                        Buyer.class,
                        "phone",
                        PhoneNumber.class,
                        Purpose.CUSTOMER_SERVICE,
                        agent.because("caller asks which number is on file")))
                .isEqualTo(new Read.Present<>(PhoneNumber.parse("13000000009")));
        assertThatThrownBy(() -> vault.reveal(
                        subject,
                        Buyer.class,
                        "idNumber",
                        ResidentId.class,
                        Purpose.LEGAL_OBLIGATION,
                        agent.because("identity check")))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("may not unmask sensitive");
        var dpo = Accessor.staff("staff-2", StaffRole.DPO, "DSR-2026-0007").because("access request");
        assertThat(vault.reveal(subject, Buyer.class, "idNumber", ResidentId.class, Purpose.LEGAL_OBLIGATION, dpo))
                .isInstanceOf(Read.Present.class);
        assertThat(jdbc.sql("select action || ' ' || accessor_role || ' ' || case_reference from audit.entry"
                                + " where subject_id = :id order by seq")
                        .param("id", subject.value())
                        .query(String.class)
                        .list())
                .containsExactly("UNMASK CUSTOMER_SERVICE CS-2026-0042", "UNMASK DPO DSR-2026-0007");
    }

    @Test
    void rejectsStaffAccessWithoutACase() {
        assertThatThrownBy(() -> Accessor.staff("staff-1", StaffRole.OPERATIONS, " "))
                .hasMessageContaining("case reference");
    }

    private SubjectId aBuyer(String name, String phone, String email) {
        var subject = vault.newSubject("buyer");
        vault.store(
                subject,
                new Buyer(
                        PersonName.parse(name),
                        PhoneNumber.parse(phone),
                        EmailAddress.parse(email),
                        ResidentId.parse(ID_NUMBER),
                        PostalAddress.of("广东省", "深圳市", "南山区", "科技园南路88号")));
        return subject;
    }

    private byte[] ciphertext(SubjectId subject, String field) {
        return jdbc.sql("select ciphertext from vault.personal_field where subject_id = :id and field = :field")
                .param("id", subject.value())
                .param("field", field)
                .query(byte[].class)
                .single();
    }
}
