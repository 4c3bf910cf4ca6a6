package io.escapement.sharing;

import io.escapement.language.Localized;
import io.escapement.policy.Recipient;
import io.escapement.policy.Recipients;
import io.escapement.privacy.Category;
import io.escapement.privacy.LegalBasis;
import io.escapement.privacy.Purpose;
import io.escapement.vault.SubjectId;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sharing ledger (S-1): every disclosure the gateway let through, append-only, in the {@code
 * sharing} schema, on which the application's database role may only insert and select. A row
 * names the subject by its vault id and the disclosure by recipient, purpose, legal basis,
 * categories, field names, reference and time; it holds no personal value. The buyer reads their
 * own rows under "who accessed my data" (U-1); the rows also say whom to tell when a subject is
 * erased (issue 16).
 */
@Service
public class SharingLedger {

    private final JdbcClient jdbc;
    private final Recipients recipients;

    SharingLedger(JdbcClient jdbc, Recipients recipients) {
        this.jdbc = jdbc;
        this.recipients = recipients;
    }

    /** The subject's entries, newest first. */
    @Transactional(readOnly = true)
    public List<SharedEntry> of(SubjectId subject) {
        return jdbc.sql("""
                        select id, recipient, purpose, legal_basis, categories, field_names, reference, at
                        from sharing.entry where subject_id = :subject order by at desc, id desc""")
                .param("subject", subject.value())
                .query((rs, row) -> new SharedEntry(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        name(rs.getString("recipient")),
                        Purpose.valueOf(rs.getString("purpose")),
                        LegalBasis.valueOf(rs.getString("legal_basis")),
                        Set.copyOf(strings(rs.getArray("categories")).stream()
                                .map(Category::ofCode)
                                .toList()),
                        strings(rs.getArray("field_names")),
                        rs.getString("reference"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /**
     * Writes the entry of a disclosure, once: a disclosure of the same categories of the same subject
     * to the same recipient for the same purpose and reference writes no second row, and answers the
     * first row's id. The ledger says who has received what since when, not how often it was sent
     * (a merchant who opens an order ten times received its masked contact once).
     *
     * @return the entry's id
     */
    @Transactional
    long record(
            SubjectId subject,
            String reference,
            String recipient,
            Purpose purpose,
            Set<Category> categories,
            Collection<String> fields,
            Instant at) {
        var codes = categories.stream().map(Category::code).sorted().toArray(String[]::new);
        var inserted = jdbc.sql("""
                        insert into sharing.entry
                            (subject_id, reference, recipient, purpose, legal_basis, categories, field_names, at)
                        values (:subject, :reference, :recipient, :purpose, :legalBasis, :categories, :fields, :at)
                        on conflict (recipient, purpose, subject_id, reference, categories) do nothing
                        returning id""")
                .param("subject", subject.value())
                .param("reference", reference)
                .param("recipient", recipient)
                .param("purpose", purpose.name())
                .param("legalBasis", purpose.legalBasis().name())
                .param("categories", codes)
                .param("fields", fields.toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .optional();
        return inserted.orElseGet(() -> jdbc.sql("""
                        select id from sharing.entry where recipient = :recipient and purpose = :purpose
                        and subject_id = :subject and reference = :reference and categories = :categories::text[]""")
                .param("recipient", recipient)
                .param("purpose", purpose.name())
                .param("subject", subject.value())
                .param("reference", reference)
                .param("categories", codes)
                .query(Long.class)
                .single());
    }

    private Localized name(String recipient) {
        return recipients.recipient(recipient).map(Recipient::name).orElse(Localized.same(recipient));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
