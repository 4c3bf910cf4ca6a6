package io.escapement.account.signin;

import io.escapement.account.Account;
import io.escapement.account.AccountContact;
import io.escapement.account.AccountPhones;
import io.escapement.account.AccountStatus;
import io.escapement.account.Accounts;
import io.escapement.privacy.PhoneNumber;
import io.escapement.vault.SubjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in with an SMS code (C-1). Signing in registers the number on first use: the account is a
 * vault subject, its phone number is sealed in the vault and found again by blind index, and the
 * policy version the buyer accepted is recorded. Nothing else is asked at sign-up.
 */
@Service
public class PhoneSignIn {

    private final OneTimeCodes codes;
    private final AccountPhones phones;
    private final Accounts accounts;
    private final Registration registration;

    PhoneSignIn(OneTimeCodes codes, AccountPhones phones, Accounts accounts, Registration registration) {
        this.codes = codes;
        this.phones = phones;
        this.accounts = accounts;
        this.registration = registration;
    }

    /**
     * Signs in with the code sent to {@code phone}, registering a new account if the number has
     * none. The code is checked first, so a wrong code gets the same refusal whether the number is
     * free, has an account or a cancelled one; a refusal after a right code leaves it usable.
     *
     * @param acceptsPolicy whether the person ticked acceptance of the privacy policy in effect;
     *     needed to register, not to sign in again
     * @param restore whether to restore the account if it was cancelled and is in its regret
     *     period; without it such a sign-in is refused with {@code signin.pendingDeletion}
     * @throws SignInRefused for a wrong, used or expired code, or a registration without acceptance
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public SubjectId signIn(PhoneNumber phone, String code, boolean acceptsPolicy, boolean restore) {
        var match = codes.match(phone, code).orElseThrow(() -> new SignInRefused("signin.wrongCode"));
        var existing = phones.owner(phone);
        if (existing.isEmpty() && !acceptsPolicy) {
            throw new SignInRefused("signin.acceptPolicy");
        }
        var account = existing.flatMap(accounts::find);
        var status = account.map(Account::status);
        boolean cancelled =
                status.filter(AccountStatus.PENDING_DELETION::equals).isPresent();
        if (cancelled && !restore) {
            throw new SignInRefused("signin.pendingDeletion");
        }
        if (!codes.use(match)) {
            throw new SignInRefused("signin.wrongCode");
        }
        if (status.filter(AccountStatus.LOCKED::equals).isPresent()) {
            throw new SignInRefused("signin.accountLocked");
        }
        if (cancelled) {
            account.get().restore();
            accounts.save(account.get());
        }
        var subject = existing.orElseGet(() -> registration.open(new AccountContact(phone)));
        accounts.recordSignIn(subject);
        return subject;
    }
}
