package io.escapement.audit;

import io.escapement.vault.Seals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Checks the whole trail: consecutive sequence numbers, each entry's hash and MAC, the chain of
 * previous hashes, and every signed checkpoint. Reports the first entry that fails.
 */
@Service
public class AuditVerifier {

    /**
     * @param firstBadEntry sequence number of the first entry that fails, or {@code null}
     * @param problem what is wrong with it, in plain words
     */
    public record Report(
            boolean intact,
            long entriesChecked,
            @Nullable Long firstBadEntry,
            @Nullable String problem) {

        static Report ok(long checked) {
            return new Report(true, checked, null, null);
        }

        static Report bad(long checked, long seq, String problem) {
            return new Report(false, checked, seq, problem);
        }

        @Override
        public String toString() {
            return intact
                    ? "Audit trail intact: " + entriesChecked + " entries verified."
                    : "Audit trail BROKEN at entry " + firstBadEntry + ": " + problem;
        }
    }

    private final JdbcTemplate jdbc;
    private final Seals seals;

    AuditVerifier(JdbcTemplate jdbc, Seals seals) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1_000);
        this.seals = seals;
    }

    public Report verify() {
        var checkpoints = new HashMap<Long, byte[][]>();
        jdbc.query("select seq, hash, signature from audit.checkpoint", row -> {
            checkpoints.put(row.getLong("seq"), new byte[][] {row.getBytes("hash"), row.getBytes("signature")});
        });
        var result = new AtomicReference<Report>();
        var state = new long[] {0};
        var previous = new AtomicReference<>(AuditEntry.GENESIS);
        jdbc.query("select * from audit.entry order by seq", row -> {
            if (result.get() != null) {
                return;
            }
            long expected = state[0] + 1;
            var entry = entry(row);
            var problem =
                    problem(entry, expected, previous.get(), row.getBytes("hash"), row.getBytes("mac"), checkpoints);
            if (problem != null) {
                result.set(Report.bad(state[0], problem.seq, problem.text));
                return;
            }
            previous.set(row.getBytes("hash"));
            state[0] = entry.seq();
        });
        if (result.get() != null) {
            return result.get();
        }
        long last = state[0];
        var latestCheckpoint =
                checkpoints.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        if (latestCheckpoint > last) {
            return Report.bad(
                    last,
                    last + 1,
                    "entries up to " + latestCheckpoint
                            + " were signed in a checkpoint but are missing: the end of the trail was deleted");
        }
        return Report.ok(last);
    }

    private record Problem(long seq, String text) {}

    private @Nullable Problem problem(
            AuditEntry entry,
            long expected,
            byte[] previousHash,
            byte[] storedHash,
            byte[] mac,
            Map<Long, byte[][]> checkpoints) {
        if (entry.seq() != expected) {
            return new Problem(
                    expected,
                    entry.seq() > expected
                            ? "entries " + expected + " to " + (entry.seq() - 1) + " are missing"
                            : "entry " + entry.seq() + " is out of order");
        }
        if (!Arrays.equals(entry.previousHash(), previousHash)) {
            return new Problem(entry.seq(), "it does not follow the entry before it (chain broken)");
        }
        if (!Arrays.equals(entry.hash(), storedHash)) {
            return new Problem(entry.seq(), "its content was changed after it was written");
        }
        if (!seals.macMatches(storedHash, mac)) {
            return new Problem(entry.seq(), "its MAC does not match: it was forged or re-hashed without the key");
        }
        var checkpoint = checkpoints.get(entry.seq());
        if (checkpoint != null
                && (!Arrays.equals(checkpoint[0], storedHash)
                        || !seals.signatureMatches(
                                AuditEntry.checkpointContent(entry.seq(), checkpoint[0]), checkpoint[1]))) {
            return new Problem(entry.seq(), "it does not match its signed checkpoint");
        }
        return null;
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(
                row.getLong("seq"),
                row.getTimestamp("at").toInstant(),
                row.getObject("subject_id", UUID.class),
                row.getString("field"),
                row.getString("category"),
                row.getString("action"),
                row.getString("purpose"),
                row.getString("accessor_kind"),
                row.getString("accessor_ref"),
                row.getString("accessor_role"),
                row.getString("case_reference"),
                row.getBytes("previous_hash"));
    }
}
