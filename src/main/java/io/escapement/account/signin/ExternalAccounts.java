package io.escapement.account.signin;

import io.escapement.account.Account;
import io.escapement.account.AccountStatus;
import io.escapement.account.Accounts;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import io.escapement.vault.SubjectId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Third-party accounts bound to buyers (C-10). A buyer who has accepted the policy in effect binds
 * one external account at a time; its identifier, nickname and avatar go into the vault under the
 * buyer ({@link ExternalAccount}), and only the provider's registration id and the time stay in
 * {@code account.external_binding}. A bound account can then sign in with the provider. Accounts
 * are never opened this way: registration needs a verified mobile number (ADR 11). Unbinding
 * removes the row and the three vault fields; purging a cancelled account removes both as well
 * (the row by cascade, the fields by shredding).
 */
@Service
public class ExternalAccounts {

    private static final Accessor SIGN_IN = Accessor.system("external-sign-in");

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final PolicyVersions policy;
    private final Accounts accounts;
    private final Clock clock;

    ExternalAccounts(JdbcClient jdbc, PersonalDataVault vault, PolicyVersions policy, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.policy = policy;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A buyer's binding: the provider's registration id and when it was bound. */
    public record Binding(String provider, Instant boundAt) {}

    /** The buyer's bound external account, if any. */
    public Optional<Binding> binding(SubjectId buyer) {
        return jdbc.sql("select provider, bound_at from account.external_binding where subject_id = :id")
                .param("id", buyer.value())
                .query((rs, row) -> new Binding(
                        rs.getString("provider"), rs.getTimestamp("bound_at").toInstant()))
                .optional();
    }

    /**
     * Whether the buyer may start binding now; the same checks as {@link #bind}, made before the
     * buyer is sent to the provider.
     *
     * @throws BindingRefused {@code bindings.acceptPolicy} when the buyer has not accepted a
     *     material version of the policy in effect, {@code bindings.alreadyBound} when an account
     *     is bound already
     */
    public void requireMayBind(SubjectId buyer) {
        if (policy.needsReconsent(buyer.value(), clock.instant())) {
            throw new BindingRefused("bindings.acceptPolicy");
        }
        if (binding(buyer).isPresent()) {
            throw new BindingRefused("bindings.alreadyBound");
        }
    }

    /**
     * Binds the external account to the buyer, keeping nothing of it but identifier, nickname and
     * avatar, in the vault.
     *
     * @throws BindingRefused as {@link #requireMayBind}, or {@code bindings.boundElsewhere} when the
     *     external account is bound to an account already
     */
    @Transactional
    public void bind(SubjectId buyer, ExternalIdentity identity) {
        requireMayBind(buyer);
        if (find(identity).isPresent()) {
            throw new BindingRefused("bindings.boundElsewhere");
        }
        vault.store(buyer, new ExternalAccount(identity.identifier(), identity.nickname(), identity.avatar()));
        jdbc.sql("insert into account.external_binding (subject_id, provider, bound_at) values (:id, :provider, :at)")
                .param("id", buyer.value())
                .param("provider", identity.provider())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * Unbinds the buyer's external account: the binding and the identifier, nickname and avatar in
     * the vault are deleted.
     *
     * @return whether an account was bound
     */
    @Transactional
    public boolean unbind(SubjectId buyer) {
        var deleted = jdbc.sql("delete from account.external_binding where subject_id = :id")
                .param("id", buyer.value())
                .update();
        if (!vault.isErased(buyer)) {
            vault.store(buyer, ExternalAccount.none());
        }
        return deleted > 0;
    }

    /**
     * Signs in with a bound external account.
     *
     * @throws SignInRefused {@code signin.external.notBound} when no account is bound to it (the
     *     person signs in with a mobile number and binds it in account settings first), {@code
     *     signin.accountLocked} or {@code signin.external.pendingDeletion} for a locked or cancelled
     *     account
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public SubjectId signIn(ExternalIdentity identity) {
        var account = find(identity)
                .filter(bound -> binding(bound)
                        .filter(binding -> binding.provider().equals(identity.provider()))
                        .isPresent())
                .orElseThrow(() -> new SignInRefused("signin.external.notBound"));
        var status = accounts.find(account).map(Account::status);
        if (status.filter(AccountStatus.LOCKED::equals).isPresent()) {
            throw new SignInRefused("signin.accountLocked");
        }
        if (status.filter(AccountStatus.PENDING_DELETION::equals).isPresent()) {
            throw new SignInRefused("signin.external.pendingDeletion");
        }
        accounts.recordSignIn(account);
        return account;
    }

    /**
     * The account the external account is bound to. The blind index compares normalised text, so
     * the stored identifier is compared exactly as well: subjects that differ in case stay apart.
     */
    private Optional<SubjectId> find(ExternalIdentity identity) {
        return vault.lookup(ExternalAccount.class, "identifier", identity.identifier()).stream()
                .filter(subject -> vault.reveal(
                                        subject,
                                        ExternalAccount.class,
                                        "identifier",
                                        String.class,
                                        Purpose.SECURITY,
                                        SIGN_IN)
                                instanceof Read.Present<String> stored
                        && stored.value().equals(identity.identifier()))
                .findFirst();
    }
}
