package io.escapement.account.signin;

import io.escapement.account.Account;
import io.escapement.account.Accounts;
import io.escapement.vault.SubjectId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A buyer's passkeys ("face login", C-6): the phone or computer checks the face or fingerprint
 * itself and signs in with a key pair; the platform keeps only the public key, under the buyer's
 * subject id, in Spring Security's WebAuthn tables. Registration and sign-in run through Spring
 * Security; this is what the account needs around them: listing, deleting, revoking (P-11) and who
 * may sign in with one.
 */
@Service
public class Passkeys {

    /** A passkey as its owner sees it; {@code lastUsed} is null until it has signed in once. */
    public record Passkey(
            String id,
            String label,
            Instant created,
            @Nullable Instant lastUsed) {}

    /** The longest name a passkey may have, so that it fits on the settings page. */
    public static final int LONGEST_LABEL = 60;

    private static final String OWNED_BY = """
            user_entity_user_id in (select id from account.user_entities where name = :owner)""";

    private final JdbcClient jdbc;
    private final Accounts accounts;

    Passkeys(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The buyer's passkeys, newest first. */
    public List<Passkey> of(SubjectId owner) {
        return jdbc.sql("select credential_id, label, created, last_used from account.user_credentials where "
                        + OWNED_BY + " order by created desc")
                .param("owner", owner.toString())
                .query((rs, row) -> new Passkey(
                        rs.getString("credential_id"),
                        rs.getString("label"),
                        instant(rs.getTimestamp("created")),
                        instant(rs.getTimestamp("last_used"))))
                .list();
    }

    /**
     * Deletes one of the buyer's passkeys.
     *
     * @return false when {@code owner} has no passkey {@code id} (someone else's is never touched)
     */
    @Transactional
    public boolean delete(SubjectId owner, String id) {
        return jdbc.sql("delete from account.user_credentials where credential_id = :id and " + OWNED_BY)
                        .param("id", id)
                        .param("owner", owner.toString())
                        .update()
                > 0;
    }

    /**
     * Renames one of the buyer's passkeys.
     *
     * @return false when {@code owner} has no passkey {@code id}
     * @throws IllegalArgumentException when the name is blank or longer than {@link #LONGEST_LABEL}
     */
    @Transactional
    public boolean rename(SubjectId owner, String id, String label) {
        var name = label.strip();
        if (name.isEmpty() || name.length() > LONGEST_LABEL) {
            throw new IllegalArgumentException("A passkey needs a name of 1 to " + LONGEST_LABEL + " characters");
        }
        return jdbc.sql("update account.user_credentials set label = :label where credential_id = :id and " + OWNED_BY)
                        .param("label", name)
                        .param("id", id)
                        .param("owner", owner.toString())
                        .update()
                > 0;
    }

    /** Revokes every passkey of the buyer and forgets their WebAuthn user entity (P-11, U-11). */
    @Transactional
    public void revokeAll(SubjectId owner) {
        jdbc.sql("delete from account.user_entities where name = :owner")
                .param("owner", owner.toString())
                .update();
    }

    /**
     * Why the buyer may not sign in with a passkey now, as a message key, or null when they may:
     * an unknown, locked (P-11) or cancelled (U-11) account is refused.
     */
    public @Nullable String refusal(SubjectId buyer) {
        var status = accounts.find(buyer).map(Account::status);
        if (status.isEmpty()) {
            return "passkeys.unknownAccount";
        }
        return switch (status.get()) {
            case LOCKED -> "signin.accountLocked";
            case PENDING_DELETION -> "passkeys.pendingDeletion";
            default -> null;
        };
    }

    /** Records a passkey sign-in on the account, as a code sign-in does. */
    public void signedIn(SubjectId buyer) {
        accounts.recordSignIn(buyer);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
