package io.escapement.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;

/** The repository of the Account aggregate on PostgreSQL: what it stores, and a save that lost a race. */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
class AccountsTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    Accounts accounts;

    @Test
    void savesAndLoadsTheStatusAndItsDates() {
        var account = added();
        account.restrictAsMinor(NOW);
        account.verifyIdentity(NOW);
        account.cancel(NOW.plusSeconds(1), NOW.plusSeconds(2));
        accounts.save(account);

        var loaded = accounts.find(account.id()).orElseThrow();

        assertThat(loaded.status()).isEqualTo(AccountStatus.PENDING_DELETION);
        assertThat(loaded.restrictedAt()).isEqualTo(NOW);
        assertThat(loaded.identityVerifiedAt()).isEqualTo(NOW);
        assertThat(loaded.cancelledAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(loaded.purgeAfter()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void aSaveAfterAnotherTransactionChangedTheStatusLosesTheRaceAndWritesNothing() {
        var account = added();
        var first = accounts.find(account.id()).orElseThrow();
        var second = accounts.find(account.id()).orElseThrow();
        first.cancel(NOW, NOW.plusSeconds(60));
        accounts.save(first);

        second.lock();

        assertThat(accounts.saveIfUnchanged(second)).isFalse();
        assertThatThrownBy(() -> accounts.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(accounts.find(account.id()).orElseThrow().status()).isEqualTo(AccountStatus.PENDING_DELETION);
    }

    @Test
    void aSavedAccountMayBeChangedAndSavedAgain() {
        var account = added();
        account.lock();
        accounts.save(account);
        account.unlock();
        accounts.save(account);

        assertThat(accounts.find(account.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void savingAPurgedAccountDeletesItsRow() {
        var account = added();
        account.cancel(NOW, NOW);
        accounts.save(account);
        account.purge();

        accounts.save(account);

        assertThat(accounts.find(account.id())).isEmpty();
        assertThat(accounts.pendingDeletionDue(NOW)).doesNotContain(account.id());
    }

    @Test
    void findsTheAccountsDueForThePurge() {
        var cancelled = added();
        cancelled.cancel(NOW, NOW.plusSeconds(10));
        accounts.save(cancelled);
        var minor = added();
        minor.restrictAsMinor(NOW);
        accounts.save(minor);

        assertThat(accounts.pendingDeletionDue(NOW)).doesNotContain(cancelled.id());
        assertThat(accounts.pendingDeletionDue(NOW.plusSeconds(10))).contains(cancelled.id());
        assertThat(accounts.restrictedSince(NOW.minusSeconds(1))).doesNotContain(minor.id());
        assertThat(accounts.restrictedSince(NOW)).contains(minor.id());
        assertThat(accounts.active()).doesNotContain(cancelled.id(), minor.id());
    }

    private Account added() {
        var account = Account.open(new SubjectId(UUID.randomUUID()));
        accounts.add(account);
        assertThat(accounts.active()).contains(account.id());
        return account;
    }
}
