package io.escapement.account;

import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Accounts' mobile numbers, sealed in the vault ({@link AccountContact}) and found by blind index. */
@Component
public class AccountPhones {

    private final PersonalDataVault vault;

    AccountPhones(PersonalDataVault vault) {
        this.vault = vault;
    }

    /** The account registered with {@code phone}; empty when the number has none. */
    public Optional<SubjectId> owner(PhoneNumber phone) {
        return vault.lookup(AccountContact.class, "phone", phone).stream().findFirst();
    }

    /** The account's number read by a system {@code component}; empty when it has none or was erased. */
    public Optional<PhoneNumber> of(SubjectId account, String component) {
        var phone = vault.reveal(
                account, AccountContact.class, "phone", PhoneNumber.class, Purpose.ACCOUNT, Accessor.system(component));
        return phone instanceof Read.Present<PhoneNumber> present ? Optional.of(present.value()) : Optional.empty();
    }
}
