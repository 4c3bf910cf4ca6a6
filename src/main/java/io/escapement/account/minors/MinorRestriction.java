package io.escapement.account.minors;

import io.escapement.account.AccountStatus;
import io.escapement.account.Accounts;
import io.escapement.consent.spi.ConsentRestriction;
import io.escapement.privacy.Purpose;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A minor's account stays restricted until a guardian consents (M-1): no profiling, no marketing and
 * no analytics linked to the child (M-2), whatever was switched on before. A child under 14 gets no
 * marketing even after a guardian's consent. Nor does a restricted account buy.
 */
@Component
class MinorRestriction implements ConsentRestriction {

    // Looked up when needed: the vault's consent check asks this restriction, so it cannot be a constructor argument.
    private final ObjectProvider<PersonalDataVault> vault;
    private final Accounts accounts;

    MinorRestriction(ObjectProvider<PersonalDataVault> vault, Accounts accounts) {
        this.vault = vault;
        this.accounts = accounts;
    }

    @Override
    public Optional<String> restricts(SubjectId subject, Purpose purpose) {
        if (purpose == Purpose.ORDER_FULFILMENT || purpose == Purpose.PAYMENT) {
            // a minor buys only once a guardian consented (M-1)
            return restricted(subject) ? Optional.of("consent.restricted.minorPurchase") : Optional.empty();
        }
        boolean profilingOrMarketing =
                purpose == Purpose.PERSONALISATION || purpose == Purpose.ANALYTICS || purpose.isMarketing();
        if (!profilingOrMarketing) {
            return Optional.empty();
        }
        if (purpose.isMarketing() && vault.getObject().isSensitive(subject)) {
            return Optional.of("consent.restricted.child");
        }
        return restricted(subject) ? Optional.of("consent.restricted.minor") : Optional.empty();
    }

    private boolean restricted(SubjectId subject) {
        return accounts.find(subject)
                .filter(account -> account.status() == AccountStatus.RESTRICTED)
                .isPresent();
    }
}
