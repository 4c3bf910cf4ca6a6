package io.escapement.account;

import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration and sign-in with e-mail and password (C-1). Passwords are hashed with Argon2id and
 * the hash is sealed in the vault. Five failed sign-ins in a row lock the account, for one minute
 * and then twice as long after every further failure, up to a day.
 */
@Service
public class PasswordSignIn {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofDays(1);
    static final int MIN_PASSWORD = 10;

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final PasswordEncoder passwords;
    private final Accounts accounts;
    private final Clock clock;
    /** Compared against when the address is unknown, so both answers cost one Argon2id check. */
    private final String unknownAccountHash;

    PasswordSignIn(
            JdbcClient jdbc, PersonalDataVault vault, PasswordEncoder passwords, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.passwords = passwords;
        this.accounts = accounts;
        this.clock = clock;
        this.unknownAccountHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    /**
     * Opens an account for {@code email}.
     *
     * @throws SignInRefused {@code signin.acceptPolicy}, {@code signin.weakPassword} or {@code
     *     signin.emailTaken}
     */
    @Transactional
    public SubjectId register(EmailAddress email, String password, boolean acceptsPolicy) {
        if (!acceptsPolicy) {
            throw new SignInRefused("signin.acceptPolicy");
        }
        if (password.length() < MIN_PASSWORD || password.isBlank()) {
            throw new SignInRefused("signin.weakPassword");
        }
        if (!vault.lookup(EmailCredentials.class, "email", email).isEmpty()) {
            throw new SignInRefused("signin.emailTaken");
        }
        return accounts.open(new EmailCredentials(email, passwords.encode(password)));
    }

    /**
     * Signs in; the same refusal for an unknown address and a wrong password, so addresses cannot
     * be probed.
     *
     * @throws SignInRefused {@code signin.wrongPassword}, {@code signin.locked} or {@code
     *     signin.pendingDeletion}
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public SubjectId signIn(EmailAddress email, String password) {
        var found =
                vault.lookup(EmailCredentials.class, "email", email).stream().findFirst();
        if (found.isEmpty()) {
            passwords.matches(password, unknownAccountHash);
            throw new SignInRefused("signin.wrongPassword");
        }
        var subject = found.get();
        var now = clock.instant();
        var lockedUntil = jdbc.sql("select locked_until from account.sign_in_failure where subject_id = :id")
                .param("id", subject.value())
                .query(Timestamp.class)
                .optional();
        if (lockedUntil.isPresent() && lockedUntil.get().toInstant().isAfter(now)) {
            throw new SignInRefused("signin.locked");
        }
        var hash = vault.reveal(
                subject,
                EmailCredentials.class,
                "passwordHash",
                String.class,
                Purpose.SECURITY,
                Accessor.system("sign-in"));
        if (!(hash instanceof Read.Present<String> present) || !passwords.matches(password, present.value())) {
            fail(subject, now);
            throw new SignInRefused("signin.wrongPassword");
        }
        jdbc.sql("delete from account.sign_in_failure where subject_id = :id")
                .param("id", subject.value())
                .update();
        if (accounts.hasStatus(subject, "PENDING_DELETION")) {
            throw new SignInRefused("signin.pendingDeletion");
        }
        if (accounts.hasStatus(subject, "LOCKED")) {
            throw new SignInRefused("signin.accountLocked");
        }
        return subject;
    }

    private void fail(SubjectId subject, Instant now) {
        int failures =
                jdbc.sql("""
                        insert into account.sign_in_failure (subject_id, failures) values (:id, 1)
                        on conflict (subject_id) do update set failures = account.sign_in_failure.failures + 1
                        returning failures""").param("id", subject.value()).query(Integer.class).single();
        if (failures >= FREE_FAILURES) {
            var lock = FIRST_LOCK.multipliedBy(1L << Math.min(20, failures - FREE_FAILURES));
            jdbc.sql("update account.sign_in_failure set locked_until = :until where subject_id = :id")
                    .param("until", Timestamp.from(now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock)))
                    .param("id", subject.value())
                    .update();
        }
    }
}
