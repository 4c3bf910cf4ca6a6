package io.escapement.account;

import io.escapement.account.spi.SmsGateway;
import io.escapement.privacy.China;
import io.escapement.privacy.PhoneNumber;
import io.escapement.vault.KeyedDigests;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit sign-in codes sent by SMS. At most one code a minute ({@code
 * escapement.account.code-spacing}) and ten a day per number; a code
 * lives five minutes, works once, and dies after five wrong guesses. Neither the number nor the
 * code is stored: only keyed digests, so the table reveals nothing.
 */
@Service
public class OneTimeCodes {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int PER_DAY = 10;
    static final int GUESSES = 5;
    static final String NUMBER_DOMAIN = "sign-in-number";
    private static final ZoneId CHINA = China.TIME_ZONE;

    private final JdbcClient jdbc;
    private final KeyedDigests digests;
    private final SmsGateway sms;
    private final Clock clock;
    private final Duration spacing;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(
            JdbcClient jdbc,
            KeyedDigests digests,
            SmsGateway sms,
            Clock clock,
            @Value("${escapement.account.code-spacing:PT1M}") Duration spacing) {
        this.jdbc = jdbc;
        this.digests = digests;
        this.sms = sms;
        this.clock = clock;
        this.spacing = spacing;
    }

    /**
     * Sends a new code to {@code phone}.
     *
     * @throws TooManyCodes when the last code went out less than a minute ago, or ten went out today
     */
    @Transactional
    public void send(PhoneNumber phone) {
        var number = numberDigest(phone);
        var now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(encode(:number, 'hex'), 0))")
                .param("number", number)
                .query(Object.class)
                .single();
        var last = jdbc.sql("select max(issued_at) from account.sign_in_code where number_digest = :number")
                .param("number", number)
                .query(Timestamp.class)
                .optional();
        if (last.isPresent() && last.get().toInstant().plus(spacing).isAfter(now)) {
            var wait = Duration.between(now, last.get().toInstant().plus(spacing));
            throw new TooManyCodes(
                    "A code was sent to this number moments ago. Wait " + Math.max(1, wait.toSeconds())
                            + " seconds before asking for another.",
                    wait);
        }
        var startOfDay = LocalDate.ofInstant(now, CHINA).atStartOfDay(CHINA).toInstant();
        long today = jdbc.sql("select count(*) from account.sign_in_code where number_digest = :number"
                        + " and issued_at >= :start")
                .param("number", number)
                .param("start", Timestamp.from(startOfDay))
                .query(Long.class)
                .single();
        if (today >= PER_DAY) {
            var tomorrow = startOfDay.plus(Duration.ofDays(1));
            throw new TooManyCodes(
                    "This number has received " + PER_DAY + " codes today. Try again tomorrow.",
                    Duration.between(now, tomorrow));
        }
        var code = "%06d".formatted(random.nextInt(1_000_000));
        jdbc.sql("""
                        insert into account.sign_in_code (number_digest, code_digest, issued_at, expires_at)
                        values (:number, :code, :issued, :expires)""")
                .param("number", number)
                .param("code", digests.of("sign-in-code", code))
                .param("issued", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(LIFETIME)))
                .update();
        sms.send(phone, "【Escapement】您的验证码是 " + code + "，5分钟内有效。如非本人操作请忽略。");
    }

    /**
     * Checks a code: true once for the newest live code of {@code phone}; every wrong guess counts,
     * and the fifth kills the code.
     */
    @Transactional
    public boolean verify(PhoneNumber phone, String code) {
        var now = clock.instant();
        var live = jdbc.sql("""
                        select id, code_digest from account.sign_in_code
                        where number_digest = :number and used_at is null and expires_at > :now and failures < :guesses
                        order by issued_at desc limit 1 for update""")
                .param("number", numberDigest(phone))
                .param("now", Timestamp.from(now))
                .param("guesses", GUESSES)
                .query((rs, row) -> new Object[] {rs.getLong("id"), rs.getBytes("code_digest")})
                .optional();
        if (live.isEmpty()) {
            return false;
        }
        long id = (Long) live.get()[0];
        boolean matches = code.matches("\\d{6}") && digests.matches("sign-in-code", code, (byte[]) live.get()[1]);
        jdbc.sql(
                        matches
                                ? "update account.sign_in_code set used_at = :now where id = :id"
                                : "update account.sign_in_code set failures = failures + 1 where id = :id")
                .paramSource(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                        .addValue("now", Timestamp.from(now))
                        .addValue("id", id))
                .update();
        return matches;
    }

    private byte[] numberDigest(PhoneNumber phone) {
        return digests.of(NUMBER_DOMAIN, phone.normalized());
    }
}
