package io.escapement.account.minors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountContact;
import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.account.closing.AccountPurge;
import io.escapement.account.closing.Cancellation;
import io.escapement.address.AddressBook;
import io.escapement.address.EnterAddress;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListWatchBuilder;
import io.escapement.consent.Channel;
import io.escapement.consent.Consents;
import io.escapement.order.Checkout;
import io.escapement.order.CheckoutRefused;
import io.escapement.party.MerchantId;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.ResidentId;
import io.escapement.privacy.StaffRole;
import io.escapement.testing.Bundles;
import io.escapement.testing.MovableClock;
import io.escapement.testing.MovableClockConfiguration;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.AccessDenied;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keeps M-1, M-2 and M-3: age from a declared birthday or the verified ID, which overrides it;
 * a child's data is sensitive as a whole; a minor's account without a guardian's consent is purged
 * when the window is over, and the purge is recorded with its reason.
 */
@SpringBootTest(
        properties = {
            "escapement.demo.listings=0",
            "escapement.account.code-spacing=PT0S",
            "escapement.account.erasure-retry-after=PT0S"
        })
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class MinorsTests {

    static final Duration GUARDIAN_CONSENT_WINDOW = Duration.ofDays(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    GuardianConsent guardians;

    @Autowired
    RealNameVerification verification;

    @Autowired
    Consents consents;

    @Autowired
    AccountPurge purge;

    @Autowired
    Cancellation cancellation;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Autowired
    Checkout checkout;

    @Autowired
    AddressBook addresses;

    @Autowired
    Catalog catalog;

    @Test
    void aMinorBuysNothingUntilAGuardianConsents() throws Exception {
        var minor = declare("13477770009", today().minusYears(16));
        var address = addresses.add(
                minor, new EnterAddress("欧阳娜娜", "13912345678", "440000", "440300", "440305", "科技园南路88号", null));
        var listing = ListWatchBuilder.aListing(
                        catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("MINOR0001")
                .withPrice(90_000)
                .byMerchant(new MerchantId(88))
                .listIn(catalog);

        assertThatThrownBy(() -> checkout.place(minor, listing, address))
                .isInstanceOfSatisfying(CheckoutRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("consent.restricted.minorPurchase");
                    assertThat(refused.status().value()).isEqualTo(403);
                });
        assertThat(catalog.listing(listing)
                        .orElseThrow()
                        .availabilityAt(Instant.now())
                        .name())
                .isEqualTo("ON_SALE");
    }

    @Test
    void refusesImplausibleBirthdays() throws Exception {
        var session = signIn("13477770001");
        for (var birthday : new String[] {
            "", "1 May 2010", "2010-02-30", today().plusDays(1).toString(), "1890-01-01"
        }) {
            mvc.perform(post("/account/guardian/birthday")
                            .param("birthday", birthday)
                            .cookie(session)
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"birthday-problem\"")));
        }
        assertThat(statusOf(buyer("13477770001"))).isEqualTo("ACTIVE");
    }

    @Test
    void purgesAMinorsAccountWithoutGuardianConsentWhenTheWindowIsOver(CapturedOutput output) throws Exception {
        var minor = declare("13477770002", today().minusYears(15));
        var consented = declare("13477770003", today().minusYears(16));
        assertThat(statusOf(minor)).isEqualTo("RESTRICTED");
        assertThat(consents.permits(minor, Purpose.MARKETING_SMS)).isFalse();
        var guardian = PhoneNumber.parse("13877770003");
        guardians.sendCode(guardian, "127.0.0.1");
        assertThat(guardians.confirm(consented, guardian, Codes.lastSentTo(outbox, guardian.nationalNumber()), true))
                .isTrue();
        assertThat(statusOf(consented)).isEqualTo("ACTIVE");

        clock.advance(GUARDIAN_CONSENT_WINDOW.minusDays(1));
        purge.purgeDue();
        assertThat(vault.isErased(minor)).as("not before the window is over").isFalse();

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        purge.purgeDue();
        assertThat(vault.isErased(minor)).isTrue();
        assertThat(vault.isErased(consented)).as("a guardian consented").isFalse();
        assertThat(jdbc.sql("select reason from account.erasure where subject_id = :id")
                        .param("id", minor.value())
                        .query(String.class)
                        .single())
                .isEqualTo("MINOR_WITHOUT_GUARDIAN_CONSENT");
        assertThat(output.getAll()).contains("Account " + minor + " purged, reason MINOR_WITHOUT_GUARDIAN_CONSENT");
        assertThat(output.getAll()).doesNotContain("13477770002");
        ResidueScan.of(admin).assertNoneOf("13477770002", "+8613477770002");
    }

    @Test
    void classesAllOfAChildsDataAsSensitive() throws Exception {
        var child = declare("13477770004", today().minusYears(10));
        var adult = declare("13477770005", today().minusYears(30));
        assertThat(vault.isSensitive(child)).isTrue();
        assertThat(vault.isSensitive(adult)).isFalse();
        assertThat(statusOf(adult)).isEqualTo("ACTIVE");

        assertThat(phoneSeenBy(adult, StaffRole.CUSTOMER_SERVICE)).isInstanceOf(Read.Present.class);
        assertThatThrownBy(() -> phoneSeenBy(child, StaffRole.CUSTOMER_SERVICE))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("may not unmask sensitive");
        assertThat(phoneSeenBy(child, StaffRole.DPO)).isInstanceOf(Read.Present.class);

        var guardian = PhoneNumber.parse("13877770004");
        guardians.sendCode(guardian, "127.0.0.1");
        guardians.confirm(child, guardian, Codes.lastSentTo(outbox, guardian.nationalNumber()), true);
        assertThat(consents.grant(child, Purpose.PERSONALISATION, 1, Channel.WEB, "settings")
                        .granted())
                .isTrue();
        assertThatThrownBy(() -> consents.grant(child, Purpose.MARKETING_SMS, 1, Channel.WEB, "settings"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).contains("under 14"));
    }

    @Test
    void letsTheVerifiedIdOverrideTheDeclaredBirthday() throws Exception {
        var phone = "13477770006";
        var buyer = declare(phone, today().minusYears(12));
        assertThat(statusOf(buyer)).isEqualTo("RESTRICTED");

        verification.verify(buyer, PersonName.parse("周明"), ResidentId.parse(RealNameVerificationTests.ADULT_ID));
        assertThat(statusOf(buyer)).isEqualTo("ACTIVE");
        assertThat(vault.isSensitive(buyer)).isFalse();
        assertThat(vault.reveal(
                        buyer,
                        DeclaredBirthday.class,
                        "birthday",
                        LocalDate.class,
                        Purpose.ACCOUNT,
                        Accessor.system("test")))
                .as("the declared birthday is dropped")
                .isInstanceOf(Read.Absent.class);
        mvc.perform(post("/account/guardian/birthday")
                        .param("birthday", today().minusYears(10).toString())
                        .cookie(signIn(phone))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"birthday-problem\"")));
        assertThat(statusOf(buyer)).isEqualTo("ACTIVE");
    }

    @Test
    void staysRestrictedWhenRestoredAfterCancelling() throws Exception {
        var phone = "13477770008";
        var minor = declare(phone, today().minusYears(16));
        cancellation.cancel(minor, false);
        assertThat(statusOf(minor)).isEqualTo("PENDING_DELETION");
        Codes.signIn(mvc, outbox, phone, true);
        assertThat(statusOf(minor)).isEqualTo("RESTRICTED");
    }

    @Test
    void restrictsAndClassesAChildFromTheVerifiedId() throws Exception {
        var buyer = registered("13477770007");
        var childId = ResidentId.parse(RealNameVerificationTests.withCheckDigit(
                "440303" + today().minusYears(9).toString().replace("-", "") + "123"));
        assertThat(verification.verify(buyer, PersonName.parse("周小明"), childId).minor())
                .isTrue();
        assertThat(statusOf(buyer)).isEqualTo("RESTRICTED");
        assertThat(vault.isSensitive(buyer)).isTrue();
    }

    private Read<PhoneNumber> phoneSeenBy(SubjectId buyer, StaffRole role) {
        return vault.reveal(
                buyer,
                AccountContact.class,
                "phone",
                PhoneNumber.class,
                Purpose.CUSTOMER_SERVICE,
                Accessor.staff("staff-1", role, "CS-1").because("guardian asks"));
    }

    private SubjectId declare(String phone, LocalDate birthday) throws Exception {
        mvc.perform(post("/account/guardian/birthday")
                        .param("birthday", birthday.toString())
                        .cookie(signIn(phone))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"birthday-saved\"")));
        return buyer(phone);
    }

    private String statusOf(SubjectId buyer) {
        return jdbc.sql("select status from account.account where subject_id = :id")
                .param("id", buyer.value())
                .query(String.class)
                .single();
    }

    private LocalDate today() {
        return LocalDateTime.ofInstant(clock.instant(), io.escapement.privacy.China.TIME_ZONE)
                .toLocalDate();
    }

    private SubjectId buyer(String phone) {
        return phones.owner(PhoneNumber.parse(phone)).orElseThrow();
    }

    private SubjectId registered(String phone) throws Exception {
        signIn(phone);
        return buyer(phone);
    }

    private Cookie signIn(String phone) throws Exception {
        return Codes.signIn(mvc, outbox, phone, false);
    }
}
