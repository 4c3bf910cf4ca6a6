package io.escapement.account;

import io.escapement.consent.spi.ConsentRestriction;
import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A minor's account stays restricted until a guardian consents (M-1): no profiling, no marketing and
 * no analytics linked to the child (M-2), whatever was switched on before.
 */
@Component
class MinorRestriction implements ConsentRestriction {

    private final JdbcClient jdbc;

    MinorRestriction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> restricts(SubjectId subject, Purpose purpose) {
        boolean profilingOrMarketing =
                purpose == Purpose.PERSONALISATION || purpose == Purpose.ANALYTICS || purpose.isMarketing();
        if (!profilingOrMarketing) {
            return Optional.empty();
        }
        boolean restricted =
                jdbc.sql("select count(*) from account.account where subject_id = :id and status = 'RESTRICTED'")
                                .param("id", subject.value())
                                .query(Long.class)
                                .single()
                        > 0;
        return restricted
                ? Optional.of("This account belongs to someone under 18: " + purpose
                        + " stays off until a guardian has consented.")
                : Optional.empty();
    }
}
