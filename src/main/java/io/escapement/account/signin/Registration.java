package io.escapement.account.signin;

import io.escapement.account.Account;
import io.escapement.account.Accounts;
import io.escapement.policy.AcceptanceChannel;
import io.escapement.policy.PolicyVersions;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Opens an account: a new vault subject holding the credentials it was registered with, an active
 * account, and the acceptance of the policy in effect (C-1). Registration by phone and by e-mail share it.
 */
@Component
class Registration {

    private final PersonalDataVault vault;
    private final Accounts accounts;
    private final PolicyVersions policy;
    private final Clock clock;

    Registration(PersonalDataVault vault, Accounts accounts, PolicyVersions policy, Clock clock) {
        this.vault = vault;
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
    }

    SubjectId open(Record credentials) {
        var subject = vault.newSubject("buyer");
        vault.store(subject, credentials);
        accounts.add(Account.open(subject));
        policy.accept(subject.value(), policy.effectiveVersion(clock.instant()), AcceptanceChannel.WEB);
        return subject;
    }
}
