package io.escapement.audit;

import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Who accessed my data" (U-1): a subject's view of the staff and partner accesses to its personal
 * information. Staff are shown by role and case reference, never by name.
 */
@Service
public class DataAccessHistory {

    /**
     * @param by the staff role, or the partner's name for partner access
     * @param caseReference the ticket the access served, for staff
     * @param reason why staff saw the value in full, when they did
     */
    public record Access(
            Instant at,
            String by,
            @Nullable String caseReference,
            Category category,
            Purpose purpose,
            String action,
            @Nullable String reason) {}

    /** A staff member flagged by the anomaly rule. */
    public record Anomaly(String staff, Instant detectedAt, long distinctSubjects, String rule) {}

    private final JdbcClient jdbc;

    DataAccessHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public List<Access> of(SubjectId subject) {
        return jdbc.sql("""
                        select at, accessor_kind, accessor_ref, accessor_role, case_reference, category, purpose, action, reason
                        from audit.entry where subject_id = :subject order by seq desc""")
                .param("subject", subject.value())
                .query((rs, row) -> new Access(
                        rs.getTimestamp("at").toInstant(),
                        "STAFF".equals(rs.getString("accessor_kind"))
                                ? rs.getString("accessor_role")
                                : rs.getString("accessor_ref"),
                        rs.getString("case_reference"),
                        Category.ofCode(rs.getString("category")),
                        Purpose.valueOf(rs.getString("purpose")),
                        rs.getString("action"),
                        rs.getString("reason")))
                .list();
    }

    /** Anomalies flagged in the last {@code days} days, newest first. */
    public List<Anomaly> anomalies(int days) {
        return jdbc.sql("""
                        select staff_ref, detected_at, distinct_subjects, rule from audit.anomaly
                        where detected_at > now() - make_interval(days => :days) order by detected_at desc""")
                .param("days", days)
                .query((rs, row) -> new Anomaly(
                        rs.getString("staff_ref"),
                        rs.getTimestamp("detected_at").toInstant(),
                        rs.getLong("distinct_subjects"),
                        rs.getString("rule")))
                .list();
    }
}
