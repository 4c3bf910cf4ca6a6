package io.escapement.audit;

import io.escapement.audit.spi.AuditAnchor.SignedHead;
import io.escapement.vault.Seals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Checks the whole trail: consecutive sequence numbers, each entry's hash and MAC, the chain of
 * previous hashes, every signed checkpoint, and the signed head anchored outside the database: the
 * trail must reach the anchor and hold the anchored hash there, so a cut end, a deleted trail or a
 * chain rewritten with the keys is found (ADR 22). Reports the first entry that fails. Keeps P-5.
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
    private final ChainAnchor anchor;

    AuditVerifier(JdbcTemplate jdbc, Seals seals, ChainAnchor anchor) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1_000);
        this.seals = seals;
        this.anchor = anchor;
    }

    public Report verify() {
        // the anchor first: entries committed after reading it only lie beyond it
        Optional<SignedHead> head;
        try {
            head = anchor.read();
        } catch (RuntimeException unreadable) {
            return Report.bad(
                    0, 1, "the anchor kept outside the database cannot be read (" + unreadable.getMessage() + ")");
        }
        long anchoredSeq = head.map(SignedHead::seq).orElse(0L);
        var anchoredHash = new AtomicReference<byte[]>();
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
            if (entry.seq() == anchoredSeq) {
                anchoredHash.set(previous.get());
            }
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
        if (head.isEmpty()) {
            return last == 0
                    ? Report.ok(0)
                    : Report.bad(
                            last, 1, "the anchor kept outside the database is missing, although the trail has entries");
        }
        return anchorProblem(head.get(), last, anchoredHash.get());
    }

    private Report anchorProblem(SignedHead head, long last, byte @Nullable [] hashAtAnchor) {
        if (!anchor.signatureMatches(head)) {
            return Report.bad(last, head.seq(), "the signature of the anchor kept outside the database is wrong");
        }
        if (last < head.seq()) {
            return Report.bad(
                    last,
                    last + 1,
                    (last == 0 ? "the trail is empty" : "the trail ends at entry " + last)
                            + ", but the anchor kept outside the database records entries up to " + head.seq()
                            + ": the end of the trail was deleted");
        }
        if (!Arrays.equals(hashAtAnchor, head.hash())) {
            return Report.bad(
                    last,
                    head.seq(),
                    "it differs from the entry anchored outside the database: the trail was rewritten");
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

    static AuditEntry entry(ResultSet row) throws SQLException {
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
                row.getString("reason"),
                row.getBytes("previous_hash"));
    }
}
