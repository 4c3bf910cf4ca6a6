package io.escapement.account.signin;

import io.escapement.account.Account;
import io.escapement.account.Accounts;
import io.escapement.policy.AcceptanceChannel;
import io.escapement.policy.PolicyVersions;
import io.escapement.policy.TermsOccasion;
import io.escapement.policy.TermsVersions;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Opens an account: a new vault subject holding the credentials it was registered with, an active
 * account, and the acceptance of the privacy policy and of the terms of service in effect (C-1), which
 * the person ticked in one box naming both. Registration by phone and by e-mail share it.
 */
@Component
class Registration {

    private final PersonalDataVault vault;
    private final Accounts accounts;
    private final PolicyVersions policy;
    private final TermsVersions terms;
    private final Clock clock;

    Registration(PersonalDataVault vault, Accounts accounts, PolicyVersions policy, TermsVersions terms, Clock clock) {
        this.vault = vault;
        this.accounts = accounts;
        this.policy = policy;
        this.terms = terms;
        this.clock = clock;
    }

    SubjectId open(Record credentials) {
        var subject = vault.newSubject("buyer");
        vault.store(subject, credentials);
        accounts.add(Account.open(subject));
        policy.accept(subject.value(), policy.effectiveVersion(clock.instant()), AcceptanceChannel.WEB);
        terms.acceptInEffect(subject.value(), AcceptanceChannel.WEB, TermsOccasion.SIGN_UP);
        return subject;
    }
}
