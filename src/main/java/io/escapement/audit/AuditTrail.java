package io.escapement.audit;

import io.escapement.vault.Seals;
import io.escapement.vault.spi.AccessRecorder;
import io.escapement.vault.spi.PersonalDataAccess;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the audit trail. Appends are serialised by a transaction-scoped advisory lock, so the
 * chain has no forks; an entry commits or rolls back with the read it records, and once committed
 * it becomes the head anchored outside the database ({@link io.escapement.audit.spi.AuditAnchor}).
 * Keeps P-5.
 */
@Service
public class AuditTrail implements AccessRecorder {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final long APPEND_LOCK = 0x45534341_41554454L;

    private final JdbcClient jdbc;
    private final Seals seals;
    private final AuditProperties properties;
    private final ChainAnchor anchor;

    AuditTrail(JdbcClient jdbc, Seals seals, AuditProperties properties, ChainAnchor anchor) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.properties = properties;
        this.anchor = anchor;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(PersonalDataAccess access) {
        lock();
        var head = head();
        var accessor = access.accessor();
        var entry = new AuditEntry(
                head.seq() + 1,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                access.subject().value(),
                access.field(),
                access.category().code(),
                access.action().name(),
                access.purpose().name(),
                accessor.kind().name(),
                accessor.reference(),
                accessor.role() == null ? null : accessor.role().name(),
                accessor.caseReference(),
                accessor.reason(),
                head.hash());
        var hash = entry.hash();
        anchor.appending(entry.seq());
        insert(jdbc, entry, hash, seals.mac(hash));
        anchorOnCommit(entry.seq(), hash);
        if (entry.seq() % properties.checkpointEvery() == 0) {
            sign(entry.seq(), hash);
        }
        if (accessor.kind() == io.escapement.vault.Accessor.Kind.STAFF) {
            flagBulkReads(accessor.reference());
        }
    }

    /** Writes one entry with its hash and MAC. */
    static void insert(JdbcClient jdbc, AuditEntry entry, byte[] hash, byte[] mac) {
        jdbc.sql("""
                        insert into audit.entry (seq, at, subject_id, field, category, action, purpose, accessor_kind,
                          accessor_ref, accessor_role, case_reference, reason, previous_hash, hash, mac)
                        values (:seq, :at, :subject, :field, :category, :action, :purpose, :kind, :ref, :role, :case,
                          :reason, :previous, :hash, :mac)""")
                .param("seq", entry.seq())
                .param("at", Timestamp.from(entry.at()))
                .param("subject", entry.subject())
                .param("field", entry.field())
                .param("category", entry.category())
                .param("action", entry.action())
                .param("purpose", entry.purpose())
                .param("kind", entry.accessorKind())
                .param("ref", entry.accessorReference())
                .param("role", entry.accessorRole())
                .param("case", entry.caseReference())
                .param("reason", entry.reason())
                .param("previous", entry.previousHash())
                .param("hash", hash)
                .param("mac", mac)
                .update();
    }

    /** Signs the current head of the chain, unless it is signed already. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @Transactional
    public void checkpoint() {
        lock();
        var head = head();
        if (head.seq() > 0) {
            boolean signed = jdbc.sql("select count(*) from audit.checkpoint where seq = :seq")
                            .param("seq", head.seq())
                            .query(Long.class)
                            .single()
                    > 0;
            if (!signed) {
                sign(head.seq(), head.hash());
            }
        }
    }

    private void sign(long seq, byte[] hash) {
        jdbc.sql("insert into audit.checkpoint (seq, at, hash, signature) values (:seq, now(), :hash, :signature)")
                .param("seq", seq)
                .param("hash", hash)
                .param("signature", seals.sign(AuditEntry.checkpointContent(seq, hash)))
                .update();
    }

    /**
     * Moves the anchor outside the database once the entry is committed; a failed write is logged,
     * and the next entry anchors the head again.
     */
    private void anchorOnCommit(long seq, byte[] hash) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    anchor.advance(seq, hash);
                } catch (RuntimeException e) {
                    log.error("Could not anchor audit entry {} outside the database", seq, e);
                }
            }
        });
    }

    /** The anomaly rule: one staff member reading many distinct subjects' data within an hour. */
    private void flagBulkReads(String staff) {
        long subjects = jdbc.sql("""
                        select count(distinct subject_id) from audit.entry
                        where accessor_kind = 'STAFF' and accessor_ref = :staff and at > now() - interval '1 hour'""").param("staff", staff).query(Long.class).single();
        if (subjects > properties.bulkReadThreshold()) {
            int flagged = jdbc.sql("""
                            insert into audit.anomaly (staff_ref, detected_at, distinct_subjects, rule)
                            select :staff, now(), :subjects, 'BULK_READ'
                            where not exists (select 1 from audit.anomaly where staff_ref = :staff
                              and rule = 'BULK_READ' and detected_at > now() - interval '1 hour')""")
                    .param("staff", staff)
                    .param("subjects", subjects)
                    .update();
            if (flagged > 0) {
                log.warn(
                        "Audit anomaly: staff {} read the personal data of {} subjects within an hour",
                        staff,
                        subjects);
            }
        }
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", APPEND_LOCK)
                .query(Object.class)
                .single();
    }

    private Head head() {
        return jdbc.sql("select seq, hash from audit.entry order by seq desc limit 1")
                .query((rs, row) -> new Head(rs.getLong("seq"), rs.getBytes("hash")))
                .optional()
                .orElse(new Head(0, AuditEntry.GENESIS));
    }

    private record Head(long seq, byte[] hash) {}
}
