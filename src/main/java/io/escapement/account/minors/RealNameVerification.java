package io.escapement.account.minors;

import io.escapement.account.Accounts;
import io.escapement.language.WordedRefusal;
import io.escapement.privacy.Category;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.ResidentId;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real-name verification (U-1). The ID number's check digit is validated and the birth date and
 * sex derived from it; name and number go to the vault as sensitive data. Once verified they are
 * locked: the buyer cannot edit them, and a change is made by staff on a support case, audited.
 * The verified birth date decides the buyer's age ({@link Minors}).
 */
@Service
public class RealNameVerification {

    /** The outcome shown to the buyer; the birth date is derived from the ID number, never stored apart. */
    public record Outcome(
            @PersonalData(category = Category.USER_DATE_OF_BIRTH, purposes = Purpose.ACCOUNT, retention = "P0D")
            LocalDate birthDate,

            ResidentId.Sex sex,
            boolean minor) {}

    private final Accounts accounts;
    private final Clock clock;
    private final PersonalDataVault vault;
    private final Minors minors;

    RealNameVerification(Accounts accounts, Clock clock, PersonalDataVault vault, Minors minors) {
        this.accounts = accounts;
        this.clock = clock;
        this.vault = vault;
        this.minors = minors;
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
        return minors.isVerified(buyer);
    }

    private Outcome record(SubjectId buyer, ResidentId idNumber) {
        var account = accounts.find(buyer).orElseThrow();
        account.verifyIdentity(clock.instant());
        accounts.save(account);
        var age = minors.applyVerified(buyer, idNumber.birthDate());
        return new Outcome(idNumber.birthDate(), idNumber.sex(), age != Minors.Age.ADULT);
    }

    /** The buyer's verified identity can only be changed by customer service. */
    public static final class IdentityLocked extends WordedRefusal {
        IdentityLocked() {
            super("identity.locked");
        }
    }
}
