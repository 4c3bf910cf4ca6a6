package io.escapement.account;

import static io.escapement.account.AccountStatus.ACTIVE;
import static io.escapement.account.AccountStatus.LOCKED;
import static io.escapement.account.AccountStatus.PENDING_DELETION;
import static io.escapement.account.AccountStatus.PURGED;
import static io.escapement.account.AccountStatus.RESTRICTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.vault.SubjectId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccountTests {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(30));

    /** Every move of the aggregate, by name. */
    private static final Map<String, Consumer<Account>> MOVES = Map.of(
            "restrictAsMinor", account -> account.restrictAsMinor(NOW),
            "liftRestriction", Account::liftRestriction,
            "cancel", account -> account.cancel(NOW, LATER),
            "restore", Account::restore,
            "lock", Account::lock,
            "unlock", Account::unlock,
            "purge", Account::purge,
            "verifyIdentity", account -> account.verifyIdentity(NOW));

    /**
     * The transition table: for each status and move, the status after it, or null when the move is
     * refused. An account that was never restricted.
     */
    private static final Map<AccountStatus, Map<String, @Nullable AccountStatus>> TABLE = Map.of(
            ACTIVE,
            table(RESTRICTED, null, PENDING_DELETION, null, LOCKED, null, null, ACTIVE),
            RESTRICTED,
            table(null, ACTIVE, PENDING_DELETION, null, LOCKED, null, PURGED, RESTRICTED),
            PENDING_DELETION,
            table(null, null, null, ACTIVE, null, null, PURGED, PENDING_DELETION),
            LOCKED,
            table(null, null, null, null, null, ACTIVE, null, LOCKED),
            PURGED,
            table(null, null, null, null, null, null, null, null));

    private static Map<String, @Nullable AccountStatus> table(
            @Nullable AccountStatus restrictAsMinor,
            @Nullable AccountStatus liftRestriction,
            @Nullable AccountStatus cancel,
            @Nullable AccountStatus restore,
            @Nullable AccountStatus lock,
            @Nullable AccountStatus unlock,
            @Nullable AccountStatus purge,
            @Nullable AccountStatus verifyIdentity) {
        var row = new java.util.HashMap<String, @Nullable AccountStatus>();
        row.put("restrictAsMinor", restrictAsMinor);
        row.put("liftRestriction", liftRestriction);
        row.put("cancel", cancel);
        row.put("restore", restore);
        row.put("lock", lock);
        row.put("unlock", unlock);
        row.put("purge", purge);
        row.put("verifyIdentity", verifyIdentity);
        return row;
    }

    static Stream<Arguments> everyStatusAndMove() {
        return Arrays.stream(AccountStatus.values())
                .flatMap(status -> MOVES.keySet().stream().map(move -> Arguments.of(status, move)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyStatusAndMove")
    void allowsOrRefusesEveryMoveFromEveryStatus(AccountStatus status, String move) {
        var account = in(status, null);
        var after = TABLE.get(status).get(move);

        if (after == null) {
            assertThatThrownBy(() -> MOVES.get(move).accept(account))
                    .isInstanceOfSatisfying(IllegalAccountTransition.class, refusal -> {
                        assertThat(refusal.status()).isEqualTo(status);
                        assertThat(refusal.move()).isEqualTo(move);
                    });
            assertThat(account.status()).as("a refused move changes nothing").isEqualTo(status);
        } else {
            MOVES.get(move).accept(account);
            assertThat(account.status()).isEqualTo(after);
        }
    }

    @Test
    void theTableCoversEveryStatusAndMove() {
        assertThat(TABLE).containsOnlyKeys(AccountStatus.values());
        TABLE.values().forEach(row -> assertThat(row).containsOnlyKeys(MOVES.keySet()));
    }

    @Test
    void opensActiveAndUnstored() {
        var account = Account.open(subject());

        assertThat(account.status()).isEqualTo(ACTIVE);
        assertThat(account.stored()).isNull();
        assertThat(account.maySignIn()).isTrue();
    }

    @Test
    void aMinorIsRestrictedSinceNowUntilTheRestrictionIsLifted() {
        var account = in(ACTIVE, null);

        account.restrictAsMinor(NOW);
        assertThat(account.restrictedAt()).isEqualTo(NOW);
        assertThat(account.maySignIn()).isTrue();

        account.liftRestriction();
        assertThat(account.restrictedAt()).isNull();
        assertThat(account.status()).isEqualTo(ACTIVE);
    }

    @Test
    void cancellingRecordsWhenAndUntilWhenTheAccountMayBeRestored() {
        var account = in(ACTIVE, null);

        account.cancel(NOW, LATER);

        assertThat(account.cancelledAt()).isEqualTo(NOW);
        assertThat(account.purgeAfter()).isEqualTo(LATER);
        assertThat(account.maySignIn()).isFalse();
    }

    @Test
    void restoringARestrictedMinorsAccountKeepsItRestricted() {
        var account = in(RESTRICTED, NOW);
        account.cancel(NOW, LATER);

        account.restore();

        assertThat(account.status()).isEqualTo(RESTRICTED);
        assertThat(account.restrictedAt()).isEqualTo(NOW);
        assertThat(account.cancelledAt()).isNull();
        assertThat(account.purgeAfter()).isNull();
    }

    @Test
    void unlockingARestrictedMinorsAccountKeepsItRestricted() {
        var account = in(RESTRICTED, NOW);
        account.lock();
        assertThat(account.maySignIn()).isFalse();

        account.unlock();

        assertThat(account.status()).isEqualTo(RESTRICTED);
    }

    @Test
    void verifyingTheIdentityRecordsWhen() {
        var account = in(ACTIVE, null);
        assertThat(account.isIdentityVerified()).isFalse();

        account.verifyIdentity(NOW);

        assertThat(account.isIdentityVerified()).isTrue();
        assertThat(account.identityVerifiedAt()).isEqualTo(NOW);
    }

    private static Account in(AccountStatus status, @Nullable Instant restrictedAt) {
        return new Account(subject(), status, status, restrictedAt, null, null, null);
    }

    private static SubjectId subject() {
        return new SubjectId(UUID.randomUUID());
    }
}
