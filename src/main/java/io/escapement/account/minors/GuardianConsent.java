package io.escapement.account.minors;

import io.escapement.account.signin.OneTimeCodes;
import io.escapement.privacy.PhoneNumber;
import io.escapement.vault.KeyedDigests;
import io.escapement.vault.SubjectId;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardian lifts a minor's restriction (M-1): the guardian proves a mobile number with a code and
 * declares consent. Only a keyed digest of the guardian's number is kept, as evidence.
 */
@Service
public class GuardianConsent {

    private final JdbcClient jdbc;
    private final OneTimeCodes codes;
    private final KeyedDigests digests;
    private final Clock clock;
    private final Minors minors;

    GuardianConsent(JdbcClient jdbc, OneTimeCodes codes, KeyedDigests digests, Clock clock, Minors minors) {
        this.jdbc = jdbc;
        this.minors = minors;
        this.codes = codes;
        this.digests = digests;
        this.clock = clock;
    }

    /** Sends the guardian a code, asked for by {@code client} (its address). */
    public void sendCode(PhoneNumber guardian, String client) {
        codes.send(guardian, client);
    }

    /**
     * Records the guardian's consent and lifts the restriction.
     *
     * @return false when the code is wrong or the declaration was not made
     */
    @Transactional
    public boolean confirm(SubjectId minor, PhoneNumber guardian, String code, boolean declared) {
        if (!declared || !codes.verify(guardian, code)) {
            return false;
        }
        jdbc.sql("""
                        insert into account.guardian_consent (subject_id, guardian_number_digest, declared_at)
                        values (:id, :guardian, :at)
                        on conflict (subject_id) do update set guardian_number_digest = excluded.guardian_number_digest,
                          declared_at = excluded.declared_at""")
                .param("id", minor.value())
                .param("guardian", digests.of("guardian-number", guardian.normalized()))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        minors.liftRestriction(minor);
        return true;
    }
}
