package io.escapement.account.minors;

import io.escapement.account.Account;
import io.escapement.account.AccountStatus;
import io.escapement.account.Accounts;
import io.escapement.account.closing.AccountPurge;
import io.escapement.privacy.China;
import io.escapement.privacy.Sensitivity;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minors (M-1, M-2, M-3). Age comes from the verified ID or, until there is one, from a birthday
 * the buyer declares (sealed in the vault). Under 18 the account is restricted until a guardian
 * consents ({@link GuardianConsent}); the {@link AccountPurge} erases it when no guardian has
 * consented within {@code escapement.account.guardian-consent-window}. Under 14 all of the child's
 * data is classed as sensitive in the vault (PIPL art. 28).
 */
@Service
public class Minors {

    /** What the age means for the account. */
    public enum Age {
        ADULT,
        /** 14 to 17. */
        MINOR,
        /** Under 14: all personal information is sensitive. */
        CHILD;

        static Age of(int years) {
            return years >= 18 ? ADULT : years >= 14 ? MINOR : CHILD;
        }
    }

    private static final int OLDEST = 120;

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final Clock clock;
    private final Accounts accounts;

    Minors(JdbcClient jdbc, PersonalDataVault vault, Clock clock, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.vault = vault;
        this.clock = clock;
    }

    /**
     * Records the birthday the buyer declares. It may restrict the account, never lift a
     * restriction: only a verified ID or a guardian does that.
     *
     * @throws AgeVerified when the buyer's ID is verified: the age comes from it
     * @throws IllegalArgumentException for a date in the future or more than 120 years ago
     */
    @Transactional
    public Age declareBirthday(SubjectId buyer, LocalDate birthday) {
        if (isVerified(buyer)) {
            throw new AgeVerified();
        }
        var today = today();
        if (birthday.isAfter(today) || birthday.isBefore(today.minusYears(OLDEST))) {
            throw new IllegalArgumentException("Not a plausible date of birth.");
        }
        vault.store(buyer, new DeclaredBirthday(birthday));
        var age = Age.of(Period.between(birthday, today).getYears());
        if (age != Age.ADULT) {
            restrict(buyer);
        }
        if (age == Age.CHILD) {
            vault.classify(buyer, Sensitivity.SENSITIVE);
        }
        return age;
    }

    /** Applies the age from a verified ID, which overrides a declared birthday (dropped here). */
    Age applyVerified(SubjectId buyer, LocalDate birthDate) {
        vault.store(buyer, new DeclaredBirthday(null));
        var age = Age.of(Period.between(birthDate, today()).getYears());
        if (age == Age.ADULT) {
            liftRestriction(buyer);
        } else {
            restrict(buyer);
        }
        vault.classify(buyer, age == Age.CHILD ? Sensitivity.SENSITIVE : Sensitivity.GENERAL);
        return age;
    }

    /** Restricts an active account, unless a guardian has consented already. */
    private void restrict(SubjectId buyer) {
        var account = accounts.find(buyer).filter(found -> found.status() == AccountStatus.ACTIVE);
        if (account.isPresent() && !guardianConsented(buyer)) {
            account.get().restrictAsMinor(clock.instant());
            accounts.saveIfUnchanged(account.get());
        }
    }

    /** Lifts the restriction of a minor's account; nothing happens to an account that is not restricted. */
    void liftRestriction(SubjectId buyer) {
        accounts.find(buyer)
                .filter(account -> account.status() == AccountStatus.RESTRICTED)
                .ifPresent(account -> {
                    account.liftRestriction();
                    accounts.saveIfUnchanged(account);
                });
    }

    private boolean guardianConsented(SubjectId buyer) {
        return jdbc.sql("select count(*) from account.guardian_consent where subject_id = :id")
                        .param("id", buyer.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean isVerified(SubjectId buyer) {
        return accounts.find(buyer).filter(Account::isIdentityVerified).isPresent();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), China.TIME_ZONE);
    }

    /** The buyer's age comes from the verified ID and cannot be declared. */
    public static final class AgeVerified extends RuntimeException {
        AgeVerified() {
            super("The age comes from the verified ID.");
        }
    }
}
