package io.escapement.invoice;

import io.escapement.vault.SubjectId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code invoice.title} rows: whose title, its kind and its vault subject, no personal data. */
@Repository
class Titles {

    record Row(InvoiceTitleId id, SubjectId buyer, SubjectId sealed, TitleKind kind) {}

    private final JdbcClient jdbc;

    Titles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises changes to one buyer's titles until the transaction ends: two adds cannot both be the 11th. */
    void lock(SubjectId buyer) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param(
                        "key",
                        buyer.value().getMostSignificantBits() ^ ~buyer.value().getLeastSignificantBits())
                .query()
                .singleValue();
    }

    List<Row> of(SubjectId buyer) {
        return jdbc.sql(
                        "select id, buyer, vault_subject, kind from invoice.title where buyer = :buyer order by created_at, id")
                .param("buyer", buyer.value())
                .query((rs, n) -> row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("buyer", UUID.class),
                        rs.getObject("vault_subject", UUID.class),
                        rs.getString("kind")))
                .list();
    }

    Optional<Row> find(SubjectId buyer, InvoiceTitleId id) {
        return jdbc.sql("select id, buyer, vault_subject, kind from invoice.title where id = :id and buyer = :buyer")
                .param("id", id.value())
                .param("buyer", buyer.value())
                .query((rs, n) -> row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("buyer", UUID.class),
                        rs.getObject("vault_subject", UUID.class),
                        rs.getString("kind")))
                .optional();
    }

    int count(SubjectId buyer) {
        return jdbc.sql("select count(*) from invoice.title where buyer = :buyer")
                .param("buyer", buyer.value())
                .query(Integer.class)
                .single();
    }

    void insert(Row row) {
        jdbc.sql("insert into invoice.title (id, buyer, vault_subject, kind) values (:id, :buyer, :sealed, :kind)")
                .param("id", row.id().value())
                .param("buyer", row.buyer().value())
                .param("sealed", row.sealed().value())
                .param("kind", row.kind().name())
                .update();
    }

    void changeKind(Row row, TitleKind kind) {
        jdbc.sql("update invoice.title set kind = :kind, updated_at = now() where id = :id")
                .param("id", row.id().value())
                .param("kind", kind.name())
                .update();
    }

    void delete(Row row) {
        jdbc.sql("delete from invoice.title where id = :id")
                .param("id", row.id().value())
                .update();
    }

    private static Row row(UUID id, UUID buyer, UUID sealed, String kind) {
        return new Row(new InvoiceTitleId(id), new SubjectId(buyer), new SubjectId(sealed), TitleKind.valueOf(kind));
    }
}
