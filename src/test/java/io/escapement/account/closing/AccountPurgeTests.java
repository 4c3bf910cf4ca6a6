package io.escapement.account.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.AccountPhones;
import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.account.minors.RealNameVerification;
import io.escapement.account.minors.RealNameVerificationTests;
import io.escapement.account.signin.EmailCredentials;
import io.escapement.analytics.PageViews;
import io.escapement.consent.Channel;
import io.escapement.consent.Consents;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.ResidentId;
import io.escapement.testing.MovableClock;
import io.escapement.testing.MovableClockConfiguration;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Pseudonyms;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keeps R-3, C-12 and U-11: after the regret period the purge erases the account on one node at a
 * time, every module's erasure listener completes through the event publication registry, and no
 * personal information is left in the database or the logs; a purge that fails half-way is
 * finished by the next run.
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
class AccountPurgeTests {

    static final Duration REGRET_PERIOD = Duration.ofDays(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    AccountPhones phones;

    @Autowired
    RealNameVerification verification;

    @Autowired
    Consents consents;

    @Autowired
    PageViews pageViews;

    @Autowired
    Cancellation cancellation;

    @Autowired
    AccountPurge purge;

    @Autowired
    PersonalDataVault vault;

    @Autowired
    LockProvider locks;

    @Autowired
    Pseudonyms pseudonyms;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    @Test
    void purgesAfterCancelRestoreAndCancelAgainLeavingNoPersonalInformation(CapturedOutput output) throws Exception {
        var phone = PhoneNumber.parse("13366660001");
        var email = "zhao.yunfei@example.com";
        var name = "赵云飞";
        var session = signIn(phone.nationalNumber(), false);
        var buyer = phones.owner(phone).orElseThrow();
        verification.verify(buyer, PersonName.parse(name), ResidentId.parse(RealNameVerificationTests.ADULT_ID));
        vault.store(buyer, new EmailCredentials(EmailAddress.parse(email), "not-a-real-hash"));
        consents.grant(buyer, Purpose.ANALYTICS, 1, Channel.WEB, "privacy settings");
        pageViews.count("/watches/1", buyer);
        assertThat(linkedViews(buyer)).isEqualTo(1);

        mvc.perform(post("/account/cancel").cookie(session).with(csrf())).andExpect(status().isOk());
        clock.advance(Duration.ofDays(3));
        signIn(phone.nationalNumber(), true);
        assertThat(cancellation.isPendingDeletion(buyer)).as("restored").isFalse();

        session = signIn(phone.nationalNumber(), false);
        mvc.perform(post("/account/cancel").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cancelled\"")));
        var purgeAfter = purgeAfter(buyer);
        assertThat(purgeAfter).isEqualTo(clock.instant().plus(REGRET_PERIOD));
        clock.advance(Duration.ofDays(1));
        mvc.perform(post("/account/cancel")
                        .with(authentication(signedIn(buyer)))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"already-cancelled\"")))
                .andExpect(content().string(containsString("本次请求未作任何更改")));
        assertThat(purgeAfter(buyer))
                .as("a second request does not move the purge")
                .isEqualTo(purgeAfter);

        clock.advance(REGRET_PERIOD.minusDays(2));
        purge.purgeDueOnOneNode();
        assertThat(vault.isErased(buyer)).as("not before the period is over").isFalse();
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        purge.purgeDueOnOneNode();

        assertThat(vault.isErased(buyer)).isTrue();
        assertThat(phones.owner(phone)).isEmpty();
        assertErasedEverywhere(buyer, "CANCELLED");
        var pii = List.of(phone.nationalNumber(), phone.e164(), email, name, RealNameVerificationTests.ADULT_ID);
        ResidueScan.of(admin).assertNoneOf(pii.toArray(String[]::new));
        assertThat(pii).noneMatch(output.getAll()::contains);
        assertThat(output.getAll()).contains("Account " + buyer + " purged, reason CANCELLED");
    }

    @Test
    void finishesAPurgeThatFailedAfterTheShred() throws Exception {
        var phone = PhoneNumber.parse("13366660002");
        var buyer = registered(phone);
        cancellation.cancel(buyer, false);
        failTheFirstErasureRecordOf(buyer);

        clock.advance(REGRET_PERIOD.plusSeconds(1));
        purge.purgeDue();
        assertThat(vault.isErased(buyer)).as("the data key is gone").isTrue();
        assertThat(cancellation.isPendingDeletion(buyer))
                .as("the rest was rolled back")
                .isTrue();
        assertThat(count("select count(*) from vault.personal_field where subject_id = :id", buyer))
                .isPositive();

        assertThat(purge.purgeDue()).isPositive();
        assertErasedEverywhere(buyer, "CANCELLED");
        assertThat(count("select count(*) from vault.personal_field where subject_id = :id", buyer))
                .isZero();
        ResidueScan.of(admin).assertNoneOf(phone.nationalNumber(), phone.e164());
    }

    @Test
    void retriesAnErasureListenerUntilItCompletes() throws Exception {
        var buyer = erasedWhileTheAnalyticsListenerFails(PhoneNumber.parse("13366660005"));
        purge.purgeDue();
        assertErasedEverywhere(buyer, "CANCELLED");
    }

    @Test
    void republishesOutstandingErasuresWhenTheApplicationStarts() throws Exception {
        var buyer = erasedWhileTheAnalyticsListenerFails(PhoneNumber.parse("13366660006"));
        // What the event multicaster does once the application context has started.
        context.getBean("applicationEventMulticaster", SmartInitializingSingleton.class)
                .afterSingletonsInstantiated();
        assertErasedEverywhere(buyer, "CANCELLED");
    }

    /** Purges a buyer with linked page views whose deletion fails once: the analytics listener is left failed. */
    private SubjectId erasedWhileTheAnalyticsListenerFails(PhoneNumber phone) throws Exception {
        var buyer = registered(phone);
        consents.grant(buyer, Purpose.ANALYTICS, 1, Channel.WEB, "privacy settings");
        pageViews.count("/watches/2", buyer);
        failOnce(
                "analytics.fail_deletion_" + phone.nationalNumber(),
                "before delete on analytics.linked_view",
                "old.visitor = '" + pseudonyms.of(buyer, "analytics") + "'");
        cancellation.cancel(buyer, true);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                        select count(*) from platform.event_publication
                                        where status = 'FAILED' and serialized_event like :subject""")
                                .param("subject", "%" + buyer + "%")
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
        assertThat(linkedViews(buyer)).isEqualTo(1);
        return buyer;
    }

    @Test
    void runsOnOneNodeAtATime() throws Exception {
        var buyer = registered(PhoneNumber.parse("13366660003"));
        cancellation.cancel(buyer, false);
        clock.advance(REGRET_PERIOD.plusSeconds(1));

        var otherNode = locks.lock(
                        new LockConfiguration(Instant.now(), AccountPurge.LOCK, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            purge.purgeDueOnOneNode();
            assertThat(vault.isErased(buyer)).as("another node holds the lock").isFalse();
        } finally {
            otherNode.unlock();
        }
        purge.purgeDueOnOneNode();
        assertThat(vault.isErased(buyer)).isTrue();
    }

    @Test
    void aRepeatedCancellationOfAPurgedAccountSaysSo() throws Exception {
        var phone = PhoneNumber.parse("13366660004");
        var session = signIn(phone.nationalNumber(), false);
        var buyer = phones.owner(phone).orElseThrow();
        mvc.perform(post("/account/cancel")
                        .param("waive", "true")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/account/cancel")
                        .param("waive", "true")
                        .with(authentication(signedIn(buyer)))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("个人信息已删除")));
        assertErasedEverywhere(buyer, "CANCELLED");
    }

    /** The listeners run asynchronously after the purge commits: waits a while for them. */
    private void assertErasedEverywhere(SubjectId buyer, String reason) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertErased(buyer, reason));
    }

    private void assertErased(SubjectId buyer, String reason) {
        assertThat(count("select count(*) from account.account where subject_id = :id", buyer))
                .isZero();
        assertThat(count("select count(*) from vault.blind_index where subject_id = :id", buyer))
                .isZero();
        assertThat(count("select count(*) from policy.acceptance where subject = :id", buyer))
                .as("policy listener")
                .isZero();
        assertThat(linkedViews(buyer)).as("analytics listener").isZero();
        assertThat(count("select count(*) from account.spring_session where principal_name = :id::text", buyer))
                .isZero();
        assertThat(jdbc.sql("select reason from account.erasure where subject_id = :id")
                        .param("id", buyer.value())
                        .query(String.class)
                        .single())
                .isEqualTo(reason);
        assertThat(jdbc.sql("select count(*) from platform.event_publication"
                                + " where event_type like '%SubjectErased' and completion_date is not null")
                        .query(Long.class)
                        .single())
                .as("the erasure event was handed to the listeners")
                .isPositive();
        assertThat(jdbc.sql("select event_type || ' → ' || listener_id from platform.event_publication"
                                + " where completion_date is null and event_type like '%SubjectErased'")
                        .query(String.class)
                        .list())
                .as("every erasure listener completed")
                .isEmpty();
    }

    /** Simulates a crash after the vault shred: the buyer's first erasure record fails, a later one passes. */
    private void failTheFirstErasureRecordOf(SubjectId buyer) {
        failOnce("account.fail_first_erasure", "before insert on account.erasure", "new.subject_id = '" + buyer + "'");
    }

    /** The first row operation that meets {@code condition} fails, as in a crash; the ones after it pass. */
    private void failOnce(String function, String when, String condition) {
        var owner = JdbcClient.create(admin);
        owner.sql("create sequence %s_attempts".formatted(function)).update();
        owner.sql("""
                        create function %1$s() returns trigger language plpgsql security definer as $$
                        begin
                            if %2$s and nextval('%1$s_attempts') = 1 then
                                raise exception 'simulated crash';
                            end if;
                            return coalesce(new, old);
                        end
                        $$""".formatted(function, condition)).update();
        owner.sql("create trigger %s %s for each row execute function %s()"
                        .formatted(function.substring(function.indexOf('.') + 1), when, function))
                .update();
    }

    private long linkedViews(SubjectId buyer) {
        return jdbc.sql("select count(*) from analytics.linked_view where visitor = :visitor")
                .param("visitor", pseudonyms.of(buyer, "analytics"))
                .query(Long.class)
                .single();
    }

    private long count(String sql, SubjectId buyer) {
        return jdbc.sql(sql).param("id", buyer.value()).query(Long.class).single();
    }

    private Instant purgeAfter(SubjectId buyer) {
        return jdbc.sql("select purge_after from account.account where subject_id = :id")
                .param("id", buyer.value())
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    /** A request that was signed in when it was sent, like the second of two clicks on the same form. */
    private static TestingAuthenticationToken signedIn(SubjectId buyer) {
        var token = new TestingAuthenticationToken(buyer.toString(), null, SubjectId.BUYER_ROLE);
        token.setAuthenticated(true);
        return token;
    }

    private SubjectId registered(PhoneNumber phone) throws Exception {
        signIn(phone.nationalNumber(), false);
        return phones.owner(phone).orElseThrow();
    }

    private Cookie signIn(String phone, boolean restore) throws Exception {
        return Codes.signIn(mvc, outbox, phone, restore);
    }
}
