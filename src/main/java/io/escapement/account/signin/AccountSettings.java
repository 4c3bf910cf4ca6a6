package io.escapement.account.signin;

import io.escapement.account.AccountContact;
import io.escapement.account.AccountPhones;
import io.escapement.account.minors.RealName;
import io.escapement.privacy.Category;
import io.escapement.privacy.EmailAddress;
import io.escapement.privacy.PersonName;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.ResidentId;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer's own account details (U-1): shown masked, in full only moments after the buyer
 * proved again who they are (by a code to their own number or their password); a new mobile
 * number or e-mail address is taken only once a code sent to it comes back. Verified real-name
 * details are shown but never changed here.
 */
@Service
public class AccountSettings {

    /**
     * The buyer's details as the profile page shows them, masked unless {@code unmasked}; {@code
     * null} where the account has none.
     */
    public record Profile(
            @PersonalData(category = Category.USER_CONTACT_PHONE, purposes = Purpose.ACCOUNT, retention = "P0D")
            @Nullable
            String phone,

            @PersonalData(category = Category.USER_CONTACT_EMAIL, purposes = Purpose.ACCOUNT, retention = "P0D")
            @Nullable
            String email,

            @PersonalData(category = Category.USER_NAME, purposes = Purpose.ACCOUNT, retention = "P0D") @Nullable
            String name,

            @PersonalData(category = Category.USER_GOVERNMENT_ID, purposes = Purpose.ACCOUNT, retention = "P0D")
            @Nullable
            String idNumber,

            boolean unmasked) {}

    private final PersonalDataVault vault;
    private final OneTimeCodes codes;
    private final AccountPhones phones;
    private final PasswordSignIn passwords;

    AccountSettings(PersonalDataVault vault, OneTimeCodes codes, AccountPhones phones, PasswordSignIn passwords) {
        this.vault = vault;
        this.codes = codes;
        this.phones = phones;
        this.passwords = passwords;
    }

    /**
     * The buyer's details; in full only when {@code reauthenticated}, read through the vault with
     * the buyer as accessor for the ACCOUNT purpose.
     */
    @Transactional
    public Profile profile(SubjectId buyer, boolean reauthenticated) {
        var self = Accessor.subject(buyer, reauthenticated);
        return new Profile(
                detail(buyer, AccountContact.class, "phone", PhoneNumber.class, PhoneNumber::nationalNumber, self),
                detail(buyer, EmailCredentials.class, "email", EmailAddress.class, EmailAddress::address, self),
                detail(buyer, RealName.class, "name", PersonName.class, PersonName::value, self),
                detail(buyer, RealName.class, "idNumber", ResidentId.class, ResidentId::number, self),
                reauthenticated);
    }

    private <T> @Nullable String detail(
            SubjectId buyer, Class<?> owner, String field, Class<T> type, Function<T, String> plain, Accessor self) {
        if (!self.reauthenticated()) {
            return vault.show(buyer, owner, field, Purpose.ACCOUNT, self) instanceof Read.Present<String> masked
                    ? masked.value()
                    : null;
        }
        return vault.reveal(buyer, owner, field, type, Purpose.ACCOUNT, self) instanceof Read.Present<T> value
                ? plain.apply(value.value())
                : null;
    }

    /**
     * Sends a code to the buyer's own number, to re-authenticate with.
     *
     * @throws SignInRefused {@code reauth.noPhone} when the account has no number
     * @throws TooManyCodes as for any code
     */
    @Transactional
    public void sendReauthenticationCode(SubjectId buyer, String client) {
        codes.send(ownPhone(buyer), client);
    }

    /**
     * Re-authentication by the code sent to the buyer's own number; a wrong code counts towards its
     * five guesses even though the refusal rolls this transaction back.
     *
     * @throws SignInRefused {@code signin.wrongCode} or {@code reauth.noPhone}
     */
    @Transactional
    public void reauthenticateWithCode(SubjectId buyer, String code) {
        if (!codes.verify(ownPhone(buyer), code)) {
            throw new SignInRefused("signin.wrongCode");
        }
    }

    /**
     * Re-authentication by the buyer's password.
     *
     * @throws SignInRefused {@code signin.wrongPassword} or {@code signin.locked}
     */
    public void reauthenticateWithPassword(SubjectId buyer, String password) {
        passwords.requirePassword(buyer, password);
    }

    /** Sends a code to a new mobile number, to prove it is the buyer's. */
    public void sendCode(PhoneNumber newPhone, String client) {
        codes.send(newPhone, client);
    }

    /** Sends a code to a new e-mail address, to prove it is the buyer's. */
    public void sendCode(EmailAddress newEmail) {
        codes.send(newEmail);
    }

    /**
     * Makes {@code newPhone} the number the buyer signs in with, once its code is right; the old
     * number no longer finds the account. Whether the number belongs to another account is said
     * only to whoever holds it, after the code.
     *
     * @throws SignInRefused {@code signin.wrongCode} or {@code settings.phoneTaken}
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public void changePhone(SubjectId buyer, PhoneNumber newPhone, String code) {
        if (!codes.verify(newPhone, code)) {
            throw new SignInRefused("signin.wrongCode");
        }
        if (phones.owner(newPhone).filter(owner -> !owner.equals(buyer)).isPresent()) {
            throw new SignInRefused("settings.phoneTaken");
        }
        vault.store(buyer, new AccountContact(newPhone));
    }

    /**
     * Makes {@code newEmail} the buyer's address, once the code mailed to it is right; the
     * password stays.
     *
     * @throws SignInRefused {@code signin.wrongCode} or {@code settings.emailTaken}
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public void changeEmail(SubjectId buyer, EmailAddress newEmail, String code) {
        if (!codes.verify(newEmail, code)) {
            throw new SignInRefused("signin.wrongCode");
        }
        if (vault.lookup(EmailCredentials.class, "email", newEmail).stream().anyMatch(owner -> !owner.equals(buyer))) {
            throw new SignInRefused("settings.emailTaken");
        }
        vault.store(
                buyer,
                new EmailCredentials(newEmail, passwords.passwordHash(buyer).orElse(null)));
    }

    private PhoneNumber ownPhone(SubjectId buyer) {
        if (vault.reveal(
                        buyer,
                        AccountContact.class,
                        "phone",
                        PhoneNumber.class,
                        Purpose.SECURITY,
                        Accessor.system("re-authentication"))
                instanceof Read.Present<PhoneNumber> phone) {
            return phone.value();
        }
        throw new SignInRefused("reauth.noPhone");
    }
}
