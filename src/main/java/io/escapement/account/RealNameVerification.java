package io.escapement.account;

import io.escapement.privacy.Category;
import io.escapement.privacy.China;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.ResidentId;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real-name verification (U-1). The ID number's check digit is validated and the birth date and
 * sex derived from it; name and number go to the vault as sensitive data. Once verified they are
 * locked: the buyer cannot edit them, and a change is made by staff on a support case, audited.
 * A buyer under 18 is restricted until a guardian consents (M-1).
 */
@Service
public class RealNameVerification {

    /** The outcome shown to the buyer; the birth date is derived from the ID number, never stored apart. */
    public record Outcome(
            @PersonalData(category = Category.USER_DATE_OF_BIRTH, purposes = Purpose.ACCOUNT, retention = "P0D")
            LocalDate birthDate,

            ResidentId.Sex sex,
            boolean minor) {}

    private static final ZoneId CHINA = China.TIME_ZONE;

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final Clock clock;

    RealNameVerification(JdbcClient jdbc, PersonalDataVault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    /**
     * Verifies the buyer's name and ID number.
     *
     * @throws IdentityLocked when the buyer's identity is verified already
     */
    @Transactional
    public Outcome verify(SubjectId buyer, PersonName name, ResidentId idNumber) {
        if (isVerified(buyer)) {
            throw new IdentityLocked();
        }
        vault.store(buyer, new RealName(name, idNumber));
        return record(buyer, idNumber);
    }

    /** Staff change a verified identity on the buyer's support case; the change is audited. */
    @Transactional
    public Outcome correct(SubjectId buyer, PersonName name, ResidentId idNumber, Accessor staff) {
        vault.correct(buyer, new RealName(name, idNumber), Purpose.ACCOUNT, staff);
        return record(buyer, idNumber);
    }

    public boolean isVerified(SubjectId buyer) {
        return jdbc.sql("select identity_verified_at is not null from account.account where subject_id = :id")
                .param("id", buyer.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private Outcome record(SubjectId buyer, ResidentId idNumber) {
        boolean minor = idNumber.ageOn(LocalDate.now(clock.withZone(CHINA))) < 18;
        jdbc.sql("""
                        update account.account set identity_verified_at = now(),
                          status = case when :minor and status = 'ACTIVE' then 'RESTRICTED' else status end
                        where subject_id = :id""").param("minor", minor).param("id", buyer.value()).update();
        return new Outcome(idNumber.birthDate(), idNumber.sex(), minor);
    }

    /** The buyer's verified identity can only be changed by customer service. */
    public static final class IdentityLocked extends RuntimeException {
        IdentityLocked() {
            super("Your verified name and ID number are locked; to change them, contact customer service.");
        }
    }
}
