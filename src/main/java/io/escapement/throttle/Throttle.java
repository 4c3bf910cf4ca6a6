package io.escapement.throttle;

import io.escapement.vault.KeyedDigests;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down whoever guesses a secret, without locking its owner out. Attempts are counted per
 * pair of an identifier (an e-mail address, a staff handle, an account) and a client address,
 * both kept only as keyed digests, so an unknown identifier is throttled exactly like a known one
 * and a client guessing someone's password pauses only that client. The first {@link
 * #FREE_ATTEMPTS} attempts in a row go ahead; from the fifth on, each pauses the pair for a minute,
 * then twice as long after every further attempt, up to a day. A success forgets the pair. The
 * database decides: the attempt is counted by one conditional upsert, in a transaction of its own
 * that commits whatever becomes of the caller's (keeps C-1, P-4).
 */
@Service
public class Throttle {

    /** Attempts in a row that go ahead before the first pause. */
    public static final int FREE_ATTEMPTS = 5;

    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofDays(1);
    /** Attempts further apart than this start a new series. */
    static final Duration SERIES = Duration.ofDays(1);

    private static final String CLIENT_DOMAIN = "throttle-client";

    private final JdbcClient jdbc;
    private final KeyedDigests digests;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Throttle(JdbcClient jdbc, KeyedDigests digests, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.digests = digests;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Counts an attempt of {@code client} at the secret of {@code identifier} in {@code domain}
     * (such as {@code "staff-handle"}), committed before this returns.
     *
     * @param client the client's address; blank when the caller proved the identifier already (a
     *     session re-authenticating its own account)
     * @return empty when the attempt may go ahead; otherwise how long the pair is paused, and the
     *     attempt is not counted
     */
    public Optional<Duration> attempt(String domain, String identifier, String client) {
        var now = clock.instant();
        var identifierDigest = digests.of(domain, identifier);
        var clientDigest = digests.of(CLIENT_DOMAIN, client);
        return ownTransaction.execute(status -> {
            var counted = jdbc.sql("""
                            insert into throttle.attempt (identifier_digest, client_digest, attempts, last_at)
                            values (:identifier, :client, 1, :now)
                            on conflict (identifier_digest, client_digest) do update
                              set attempts = case when throttle.attempt.last_at < :seriesStart then 1
                                                  else throttle.attempt.attempts + 1 end,
                                  last_at = :now
                              where throttle.attempt.paused_until is null or throttle.attempt.paused_until <= :now
                            returning attempts""")
                    .param("identifier", identifierDigest)
                    .param("client", clientDigest)
                    .param("now", Timestamp.from(now))
                    .param("seriesStart", Timestamp.from(now.minus(SERIES)))
                    .query(Integer.class)
                    .optional();
            if (counted.isEmpty()) {
                var until = jdbc.sql("""
                                select paused_until from throttle.attempt
                                where identifier_digest = :identifier and client_digest = :client""")
                        .param("identifier", identifierDigest)
                        .param("client", clientDigest)
                        .query(Timestamp.class)
                        .single();
                return Optional.of(Duration.between(now, until.toInstant()));
            }
            pause(counted.get())
                    .ifPresent(pause -> jdbc.sql("""
                            update throttle.attempt set paused_until = :until
                            where identifier_digest = :identifier and client_digest = :client""")
                            .param("until", Timestamp.from(now.plus(pause)))
                            .param("identifier", identifierDigest)
                            .param("client", clientDigest)
                            .update());
            return Optional.<Duration>empty();
        });
    }

    /** Forgets the attempts of the pair after its secret was right, with the caller's transaction. */
    public void succeeded(String domain, String identifier, String client) {
        jdbc.sql("delete from throttle.attempt where identifier_digest = :identifier and client_digest = :client")
                .param("identifier", digests.of(domain, identifier))
                .param("client", digests.of(CLIENT_DOMAIN, client))
                .update();
    }

    /** The pause after the {@code attempts}-th attempt in a row: the back-off rule of every sign-in. */
    static Optional<Duration> pause(int attempts) {
        if (attempts < FREE_ATTEMPTS) {
            return Optional.empty();
        }
        var pause = FIRST_PAUSE.multipliedBy(1L << Math.min(20, attempts - FREE_ATTEMPTS));
        return Optional.of(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }
}
