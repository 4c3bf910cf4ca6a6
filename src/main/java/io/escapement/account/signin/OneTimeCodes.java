package io.escapement.account.signin;

import io.escapement.account.spi.EmailGateway;
import io.escapement.account.spi.SmsGateway;
import io.escapement.privacy.China;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PhoneNumber;
import io.escapement.vault.KeyedDigests;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Six-digit codes sent by SMS or e-mail, and the tokens of links sent by e-mail. At most one code a minute ({@code
 * escapement.account.code-spacing}) and ten a day per number or address, and SMS codes within the
 * budgets of {@link SmsBudget} per client and for everyone; a code lives five minutes, works once,
 * and dies after five wrong guesses. Every wrong guess is counted in a transaction of its own, so
 * it stays counted whatever becomes of the caller's (keeps C-1). Neither the recipient nor the
 * code is stored: only keyed digests, so the table reveals nothing.
 */
@Service
public class OneTimeCodes {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int PER_DAY = 10;
    static final int GUESSES = 5;
    /** Codes are kept a day, for the daily limit of codes per number. */
    static final Duration RETENTION = Duration.ofDays(1);

    static final String NUMBER_DOMAIN = "sign-in-number";
    static final String ADDRESS_DOMAIN = "code-address";
    private static final ZoneId CHINA = China.TIME_ZONE;

    private final JdbcClient jdbc;
    private final KeyedDigests digests;
    private final SmsGateway sms;
    private final EmailGateway mail;
    private final Clock clock;
    private final Duration spacing;
    private final SmsBudget budget;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(
            JdbcClient jdbc,
            KeyedDigests digests,
            SmsGateway sms,
            EmailGateway mail,
            Clock clock,
            @Value("${escapement.account.code-spacing:PT1M}") Duration spacing,
            SmsBudget budget,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.digests = digests;
        this.sms = sms;
        this.mail = mail;
        this.clock = clock;
        this.spacing = spacing;
        this.budget = budget;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Deletes every code sent to {@code phone}, when its account is purged. */
    public void forget(PhoneNumber phone) {
        jdbc.sql("delete from account.sign_in_code where number_digest = :number")
                .param("number", numberDigest(phone))
                .update();
    }

    /** Deletes the codes issued more than a day before {@code now}: the daily limit no longer counts them. */
    public void sweep(Instant now) {
        jdbc.sql("delete from account.sign_in_code where issued_at < :before")
                .param("before", Timestamp.from(now.minus(RETENTION)))
                .update();
    }

    /**
     * Sends a new code to {@code phone}, asked for by {@code client} (its address, kept only as a
     * keyed digest).
     *
     * @throws TooManyCodes when the last code went out less than a minute ago, ten went out today,
     *     or the client's or everyone's SMS budget is spent
     */
    @Transactional
    public void send(PhoneNumber phone, String client) {
        budget.take(client, clock.instant());
        var code = issue(numberDigest(phone), "number", LIFETIME);
        sms.send(phone, "【Escapement】您的验证码是 " + code + "，5分钟内有效。如非本人操作请忽略。");
    }

    /**
     * Mails a new code to {@code email}, under the same limits as codes by SMS.
     *
     * @throws TooManyCodes when the last code went out less than a minute ago, or ten went out today
     */
    @Transactional
    public void send(EmailAddress email) {
        var code = issue(digests.of(ADDRESS_DOMAIN, email.normalized()), "address", LIFETIME);
        mail.send(
                email,
                "Escapement 验证码 / verification code",
                "您的验证码是 " + code + "，5分钟内有效。如非本人操作请忽略。\n\nYour code is " + code
                        + "; it works for 5 minutes. If you did not ask for it, ignore this message.");
    }

    /**
     * Checks a code: true once for the newest live code of {@code phone}; every wrong guess counts,
     * and the fifth kills the code.
     */
    @Transactional
    public boolean verify(PhoneNumber phone, String code) {
        return match(phone, code).filter(this::use).isPresent();
    }

    /** Checks a code mailed to {@code email}, as {@link #verify(PhoneNumber, String)} does. */
    @Transactional
    public boolean verify(EmailAddress email, String code) {
        return code.matches("\\d{6}") && check(digests.of(ADDRESS_DOMAIN, email.normalized()), code);
    }

    /**
     * Issues a token that the caller delivers, for the recipient whose keyed digest is {@code
     * recipient}: a six-digit code, or for a link ({@code lifetime} longer than {@link #LIFETIME})
     * 256 random bits. Spacing and the daily limit apply per recipient.
     */
    String issue(byte[] recipient, String noun, Duration lifetime) {
        var now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(encode(:number, 'hex'), 0))")
                .param("number", recipient)
                .query(Object.class)
                .single();
        var last = jdbc.sql("select max(issued_at) from account.sign_in_code where number_digest = :number")
                .param("number", recipient)
                .query(Timestamp.class)
                .optional();
        if (last.isPresent() && last.get().toInstant().plus(spacing).isAfter(now)) {
            var wait = Duration.between(now, last.get().toInstant().plus(spacing));
            throw new TooManyCodes(
                    reason(noun),
                    "A code was sent to this " + noun + " moments ago. Wait " + Math.max(1, wait.toSeconds())
                            + " seconds before asking for another.",
                    wait);
        }
        var startOfDay = LocalDate.ofInstant(now, CHINA).atStartOfDay(CHINA).toInstant();
        long today = jdbc.sql("select count(*) from account.sign_in_code where number_digest = :number"
                        + " and issued_at >= :start")
                .param("number", recipient)
                .param("start", Timestamp.from(startOfDay))
                .query(Long.class)
                .single();
        if (today >= PER_DAY) {
            var tomorrow = startOfDay.plus(Duration.ofDays(1));
            throw new TooManyCodes(
                    reason(noun),
                    "This " + noun + " has received " + PER_DAY + " codes today. Try again tomorrow.",
                    Duration.between(now, tomorrow));
        }
        var code = lifetime.compareTo(LIFETIME) > 0 ? linkToken() : "%06d".formatted(random.nextInt(1_000_000));
        jdbc.sql("""
                        insert into account.sign_in_code (number_digest, code_digest, issued_at, expires_at)
                        values (:number, :code, :issued, :expires)""")
                .param("number", recipient)
                .param("code", digests.of("sign-in-code", code))
                .param("issued", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(lifetime)))
                .update();
        return code;
    }

    /** Checks and uses up a token issued for {@code recipient}: once, before it expires, within five guesses. */
    boolean check(byte[] recipient, String code) {
        return match(recipient, code).filter(this::use).isPresent();
    }

    /**
     * Whether {@code code} is the newest live code sent to {@code phone}, without using it up; a
     * wrong guess is counted and committed at once.
     *
     * @return the code's id, to {@link #use} once the caller goes ahead
     */
    Optional<Long> match(PhoneNumber phone, String code) {
        return code.matches("\\d{6}") ? match(numberDigest(phone), code) : Optional.empty();
    }

    /**
     * Uses up the code {@code id} in the caller's transaction; false when a concurrent check used it
     * first.
     */
    boolean use(long id) {
        return jdbc.sql("update account.sign_in_code set used_at = :now where id = :id and used_at is null")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", id)
                        .update()
                == 1;
    }

    private Optional<Long> match(byte[] recipient, String code) {
        var now = Timestamp.from(clock.instant());
        return ownTransaction.execute(status -> {
            var live = jdbc.sql("""
                            select id, code_digest from account.sign_in_code
                            where number_digest = :number and used_at is null and expires_at > :now
                              and failures < :guesses
                            order by issued_at desc limit 1 for update""")
                    .param("number", recipient)
                    .param("now", now)
                    .param("guesses", GUESSES)
                    .query((rs, row) -> new Live(rs.getLong("id"), rs.getBytes("code_digest")))
                    .optional();
            if (live.isEmpty()) {
                return Optional.<Long>empty();
            }
            if (digests.matches("sign-in-code", code, live.get().codeDigest())) {
                return Optional.of(live.get().id());
            }
            jdbc.sql("update account.sign_in_code set failures = failures + 1 where id = :id")
                    .param("id", live.get().id())
                    .update();
            return Optional.<Long>empty();
        });
    }

    private record Live(long id, byte[] codeDigest) {}

    private static String reason(String noun) {
        return "number".equals(noun) ? "signin.tooMany" : "register.tooMany";
    }

    private String linkToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private byte[] numberDigest(PhoneNumber phone) {
        return digests.of(NUMBER_DOMAIN, phone.normalized());
    }
}
