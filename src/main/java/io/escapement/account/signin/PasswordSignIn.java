package io.escapement.account.signin;

import io.escapement.account.Account;
import io.escapement.account.AccountStatus;
import io.escapement.account.Accounts;
import io.escapement.account.spi.EmailGateway;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.Purpose;
import io.escapement.throttle.Throttle;
import io.escapement.vault.Accessor;
import io.escapement.vault.KeyedDigests;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration and sign-in with e-mail and password (C-1). Registering mails a single-use link
 * that expires in an hour; the account is opened, with its password, only when the link is
 * followed, and nobody learns from the answer or its timing whether the address has an account.
 * Passwords are hashed with Argon2id and the hash is sealed in the vault. Attempts are throttled
 * per address and client by {@link Throttle}, the same for an address with an account and one
 * without, and without locking the owner out: another client is not paused, and an SMS code
 * always signs in.
 */
@Service
public class PasswordSignIn {

    static final int MIN_PASSWORD = 10;
    static final Duration LINK_LIFETIME = Duration.ofHours(1);
    static final String REGISTRATION_DOMAIN = "registration-address";
    static final String REGISTRATION_SUBJECT = "Escapement 注册 / registration";
    static final String SIGN_IN_DOMAIN = "buyer-email";
    static final String PASSWORD_DOMAIN = "buyer-password";

    private final PersonalDataVault vault;
    private final PasswordEncoder passwords;
    private final Accounts accounts;
    private final Registration registration;
    private final OneTimeCodes codes;
    private final KeyedDigests digests;
    private final EmailGateway mail;
    private final Throttle throttle;
    private final String siteUrl;
    /** Compared against when the address is unknown, so both answers cost one Argon2id check. */
    private final CompletableFuture<String> unknownAccountHash;

    PasswordSignIn(
            PersonalDataVault vault,
            PasswordEncoder passwords,
            Accounts accounts,
            Registration registration,
            OneTimeCodes codes,
            KeyedDigests digests,
            EmailGateway mail,
            Throttle throttle,
            @Value("${escapement.account.site-url:https://localhost:8443}") String siteUrl) {
        this.vault = vault;
        this.passwords = passwords;
        this.accounts = accounts;
        this.registration = registration;
        this.codes = codes;
        this.digests = digests;
        this.mail = mail;
        this.throttle = throttle;
        this.siteUrl = siteUrl;
        // Hashed off the start-up path: a few hundred milliseconds of Argon2id that only a refusal needs.
        this.unknownAccountHash = CompletableFuture.supplyAsync(
                () -> passwords.encode(UUID.randomUUID().toString()));
    }

    /**
     * Starts a registration for {@code email}. A free address gets a link to open the account; an
     * address with an account gets a note that someone tried to register and how to sign in. Both
     * cases do the same work (a look-up, a link issued under the same limits, one message), so the
     * caller can answer "check your mailbox" either way.
     *
     * @throws TooManyCodes when a message went to the address less than a minute ago, or ten today
     */
    @Transactional
    public void register(EmailAddress email) {
        boolean taken = !vault.lookup(EmailCredentials.class, "email", email).isEmpty();
        var token = codes.issue(registrationDigest(email), "address", LINK_LIFETIME);
        var text = taken
                ? "有人（也许是您）尝试用此邮箱注册 Escapement，但该邮箱已有账户。请在 " + siteUrl
                        + "/signin 用邮箱和密码或短信验证码登录。如非本人操作，请忽略本邮件。\n\n"
                        + "Someone, perhaps you, tried to register at Escapement with this address, which already"
                        + " has an account. Sign in at " + siteUrl + "/signin with your password or an SMS code."
                        + " If it was not you, ignore this message."
                : "请在1小时内打开以下链接，设置密码并完成注册：\n" + siteUrl + "/signin/email/confirm?token=" + token
                        + "\n如非本人操作，请忽略本邮件。\n\nOpen this link within an hour to choose your password and"
                        + " open your account. If it was not you, ignore this message.";
        mail.send(email, REGISTRATION_SUBJECT, text);
    }

    /**
     * Opens the account the link was mailed for, with {@code password}.
     *
     * @throws SignInRefused {@code signin.acceptPolicy}, {@code signin.weakPassword}, {@code
     *     register.badLink} (wrong, used or expired, or not the address it was sent to) or {@code
     *     signin.emailTaken} (only to the owner of the mailbox, who followed the link)
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public SubjectId confirmRegistration(EmailAddress email, String token, String password, boolean acceptsPolicy) {
        if (!acceptsPolicy) {
            throw new SignInRefused("signin.acceptPolicy");
        }
        requireStrong(password);
        if (!codes.check(registrationDigest(email), token)) {
            throw new SignInRefused("register.badLink");
        }
        if (!vault.lookup(EmailCredentials.class, "email", email).isEmpty()) {
            throw new SignInRefused("signin.emailTaken");
        }
        return registration.open(new EmailCredentials(email, passwords.encode(password)));
    }

    /**
     * Signs in from {@code client} (its address); the same refusals, after the same work, for an
     * unknown address and a wrong password, so addresses cannot be probed.
     *
     * @throws SignInRefused {@code signin.wrongPassword}, {@code signin.locked} (this address from
     *     this client is paused) or {@code signin.pendingDeletion}
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public SubjectId signIn(EmailAddress email, String password, String client) {
        admit(SIGN_IN_DOMAIN, email.normalized(), client);
        var found =
                vault.lookup(EmailCredentials.class, "email", email).stream().findFirst();
        var hash = found.flatMap(this::passwordHash);
        if (!passwords.matches(password, hash.orElseGet(unknownAccountHash::join)) || hash.isEmpty()) {
            throw new SignInRefused("signin.wrongPassword");
        }
        throttle.succeeded(SIGN_IN_DOMAIN, email.normalized(), client);
        var subject = found.get();
        var status = accounts.find(subject).map(Account::status);
        if (status.filter(AccountStatus.PENDING_DELETION::equals).isPresent()) {
            throw new SignInRefused("signin.pendingDeletion");
        }
        if (status.filter(AccountStatus.LOCKED::equals).isPresent()) {
            throw new SignInRefused("signin.accountLocked");
        }
        return subject;
    }

    /**
     * Checks the account's own password, as re-authentication does; every attempt counts towards
     * the account's pause, committed whatever becomes of the caller's transaction.
     *
     * @throws SignInRefused {@code signin.wrongPassword} or {@code signin.locked}
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public void requirePassword(SubjectId subject, String password) {
        admit(PASSWORD_DOMAIN, subject.toString(), "");
        var hash = passwordHash(subject);
        if (!passwords.matches(password, hash.orElseGet(unknownAccountHash::join)) || hash.isEmpty()) {
            throw new SignInRefused("signin.wrongPassword");
        }
        throttle.succeeded(PASSWORD_DOMAIN, subject.toString(), "");
    }

    private void admit(String domain, String identifier, String client) {
        if (throttle.attempt(domain, identifier, client).isPresent()) {
            throw new SignInRefused("signin.locked");
        }
    }

    /** Whether the account has a password (accounts opened by SMS have none until one is set). */
    public boolean hasPassword(SubjectId subject) {
        return passwordHash(subject).isPresent();
    }

    /**
     * Changes the password: the current one is required, and the new one follows the rule of
     * registration.
     *
     * @throws SignInRefused {@code signin.weakPassword}, {@code signin.wrongPassword} or {@code
     *     signin.locked}
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public void changePassword(SubjectId subject, String current, String replacement) {
        requireStrong(replacement);
        requirePassword(subject, current);
        storePassword(subject, replacement);
    }

    /**
     * Sets the first password of an account that has an e-mail address but no password; the caller
     * makes sure the buyer re-authenticated moments ago.
     *
     * @throws SignInRefused {@code signin.weakPassword}, {@code settings.password.needsEmail} or
     *     {@code settings.password.isSet}
     */
    @Transactional
    public void setFirstPassword(SubjectId subject, String password) {
        requireStrong(password);
        if (hasPassword(subject)) {
            throw new SignInRefused("settings.password.isSet");
        }
        storePassword(subject, password);
    }

    private void storePassword(SubjectId subject, String password) {
        if (!(vault.reveal(
                        subject,
                        EmailCredentials.class,
                        "email",
                        EmailAddress.class,
                        Purpose.ACCOUNT,
                        Accessor.system("password-change"))
                instanceof Read.Present<EmailAddress> email)) {
            throw new SignInRefused("settings.password.needsEmail");
        }
        vault.store(subject, new EmailCredentials(email.value(), passwords.encode(password)));
    }

    Optional<String> passwordHash(SubjectId subject) {
        var hash = vault.reveal(
                subject,
                EmailCredentials.class,
                "passwordHash",
                String.class,
                Purpose.SECURITY,
                Accessor.system("sign-in"));
        return hash instanceof Read.Present<String> present ? Optional.of(present.value()) : Optional.empty();
    }

    private static void requireStrong(String password) {
        if (password.length() < MIN_PASSWORD || password.isBlank()) {
            throw new SignInRefused("signin.weakPassword");
        }
    }

    private byte[] registrationDigest(EmailAddress email) {
        return digests.of(REGISTRATION_DOMAIN, email.normalized());
    }
}
