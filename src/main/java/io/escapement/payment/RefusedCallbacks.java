package io.escapement.payment;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Callbacks refused as forged or suspect: a warning in the security log and a row that outlives the
 * log. Neither holds the callback's body.
 */
@Component
class RefusedCallbacks {

    private static final Logger security = LoggerFactory.getLogger("io.escapement.security.payment");

    private final JdbcClient jdbc;
    private final Clock clock;

    RefusedCallbacks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String provider, String reason, @Nullable String reference) {
        security.warn("Refused a {} payment callback ({}), reference {}", provider, reason, reference);
        jdbc.sql("""
                        insert into payment.refused_callback (provider, reason, reference, received_at)
                        values (:provider, :reason, :reference, :at)""")
                .param("provider", provider)
                .param("reason", reason.length() > 200 ? reason.substring(0, 200) : reason)
                .param("reference", reference)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    long count(String provider) {
        return jdbc.sql("select count(*) from payment.refused_callback where provider = :provider")
                .param("provider", provider)
                .query(Long.class)
                .single();
    }
}
