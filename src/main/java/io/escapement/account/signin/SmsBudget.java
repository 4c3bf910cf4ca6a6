package io.escapement.account.signin;

import io.escapement.vault.KeyedDigests;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Against SMS pumping: at most {@code escapement.account.sms.per-client-per-hour} SMS codes per
 * client address and hour, and {@code escapement.account.sms.global-per-minute} for everyone per
 * minute. The client's address is kept only as a keyed digest. Each code takes one unit of both
 * budgets by a conditional upsert, so the database decides, and in the sender's transaction, so a
 * refused code takes none.
 */
@Component
class SmsBudget {

    private static final String CLIENT_DOMAIN = "sms-client";
    private static final byte[] EVERYONE = new byte[] {0};

    private final JdbcClient jdbc;
    private final KeyedDigests digests;
    private final int perClientPerHour;
    private final int globalPerMinute;

    SmsBudget(
            JdbcClient jdbc,
            KeyedDigests digests,
            @Value("${escapement.account.sms.per-client-per-hour:20}") int perClientPerHour,
            @Value("${escapement.account.sms.global-per-minute:600}") int globalPerMinute) {
        this.jdbc = jdbc;
        this.digests = digests;
        this.perClientPerHour = perClientPerHour;
        this.globalPerMinute = globalPerMinute;
    }

    /**
     * Takes one SMS from {@code client}'s budget of this hour and from everyone's of this minute.
     *
     * @throws TooManyCodes {@code signin.tooManyFromClient} or {@code signin.smsBusy}, with the
     *     time until the window ends
     */
    void take(String client, Instant now) {
        take(digests.of(CLIENT_DOMAIN, client), now, ChronoUnit.HOURS, perClientPerHour, "signin.tooManyFromClient");
        take(EVERYONE, now, ChronoUnit.MINUTES, globalPerMinute, "signin.smsBusy");
    }

    private void take(byte[] scope, Instant now, ChronoUnit window, int limit, String reason) {
        var start = now.truncatedTo(window);
        boolean taken = jdbc.sql("""
                                insert into account.sms_budget (scope_digest, window_start, used)
                                select :scope, :start, 1 where :limit > 0
                                on conflict (scope_digest, window_start) do update
                                  set used = account.sms_budget.used + 1
                                  where account.sms_budget.used < :limit""")
                        .param("scope", scope)
                        .param("start", Timestamp.from(start))
                        .param("limit", limit)
                        .update()
                == 1;
        if (!taken) {
            var retryAfter = Duration.between(now, start.plus(1, window));
            throw new TooManyCodes(
                    reason,
                    "Too many SMS codes " + (scope == EVERYONE ? "for everyone" : "from this client")
                            + "; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.",
                    retryAfter);
        }
    }
}
