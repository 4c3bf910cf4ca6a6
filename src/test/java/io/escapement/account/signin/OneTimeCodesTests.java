package io.escapement.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.account.DevelopmentMailOutbox;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.privacy.PhoneNumber;
import io.escapement.testing.MovableClock;
import io.escapement.testing.ResidueScan;
import io.escapement.vault.KeyedDigests;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The abuse controls of sign-in codes: spacing, daily limit, expiry, single use, guesses. */
@SpringBootTest(properties = "escapement.demo.listings=0")
class OneTimeCodesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyedDigests digests;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    @FlywayDataSource
    DataSource admin;

    static final String CLIENT = "203.0.113.7";

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T02:00:00Z"));
    final DevelopmentSmsOutbox outbox = new DevelopmentSmsOutbox();
    OneTimeCodes codes;
    PhoneNumber phone;

    @BeforeEach
    void codesOnAMovableClock() {
        codes = new OneTimeCodes(
                jdbc,
                digests,
                outbox,
                new DevelopmentMailOutbox(),
                clock,
                Duration.ofMinutes(1),
                new SmsBudget(jdbc, digests, 1000, 1000),
                transactions);
        phone = PhoneNumber.parse("139" + String.format("%08d", (int) (Math.random() * 100_000_000)));
    }

    @Test
    void sendsASixDigitCodeThatWorksOnce() {
        codes.send(phone, CLIENT);
        var code = lastCode();
        assertThat(code).matches("\\d{6}");
        assertThat(outbox.messages().get(0).to()).isEqualTo(phone);
        assertThat(codes.verify(phone, code)).isTrue();
        assertThat(codes.verify(phone, code)).as("single use").isFalse();
    }

    @Test
    void spacesCodesAMinuteApart() {
        codes.send(phone, CLIENT);
        clock.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> codes.send(phone, CLIENT))
                .isInstanceOf(TooManyCodes.class)
                .hasMessageContaining("Wait 40 seconds")
                .satisfies(e -> assertThat(((TooManyCodes) e).retryAfter()).isEqualTo(Duration.ofSeconds(40)));
        clock.advance(Duration.ofSeconds(41));
        codes.send(phone, CLIENT);
        assertThat(outbox.messages()).hasSize(2);
    }

    @Test
    void sendsAtMostTenADay() {
        for (int i = 0; i < 10; i++) {
            codes.send(phone, CLIENT);
            clock.advance(Duration.ofMinutes(2));
        }
        assertThatThrownBy(() -> codes.send(phone, CLIENT))
                .isInstanceOf(TooManyCodes.class)
                .hasMessageContaining("10 codes today");
        clock.advance(Duration.ofHours(24));
        codes.send(phone, CLIENT);
    }

    @Test
    void expiresAfterFiveMinutes() {
        codes.send(phone, CLIENT);
        var code = lastCode();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(codes.verify(phone, code)).isFalse();
    }

    @Test
    void dropsTheCodeAfterFiveWrongGuesses() {
        codes.send(phone, CLIENT);
        var code = lastCode();
        var wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(codes.verify(phone, wrong)).isFalse();
        }
        assertThat(codes.verify(phone, code)).isFalse();
        assertThat(codes.verify(phone, "abc")).isFalse();
    }

    @Test
    void storesNeitherTheNumberNorTheCode() {
        codes.send(phone, CLIENT);
        var code = lastCode();
        ResidueScan.of(admin).assertNoneOf(phone.nationalNumber(), phone.e164(), "验证码是 " + code);
    }

    private String lastCode() {
        return outbox.messages().get(0).text().replaceAll("\\D*(\\d{6}).*", "$1");
    }
}
