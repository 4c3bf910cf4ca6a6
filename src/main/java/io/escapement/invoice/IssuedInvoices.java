package io.escapement.invoice;

import io.escapement.money.Money;
import io.escapement.order.OrderId;
import io.escapement.order.OrderNumber;
import io.escapement.privacy.NotPersonalData;
import io.escapement.vault.SubjectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code invoice.request} and {@code invoice.invoice} rows: ids, amounts and numbers, no personal data. */
@Repository
class IssuedInvoices {

    record Request(OrderId order, OrderNumber number, SubjectId buyer, InvoiceTitleId title) {}

    record Row(
            OrderId order,
            SubjectId buyer,
            SubjectId sealed,
            TitleKind kind,
            String item,
            TaxSplit split,

            @NotPersonalData("the platform operator's registered company name, printed as the seller")
            String sellerName,

            String sellerTaxNumber,
            String number,
            String code,
            LocalDate issuedOn) {}

    private final JdbcClient jdbc;

    IssuedInvoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Asks for an invoice for the order, or changes the title asked for. */
    void request(Request request, Instant at) {
        jdbc.sql("""
                        insert into invoice.request (order_id, order_number, buyer, title_id, requested_at)
                        values (:order, :number, :buyer, :title, :at)
                        on conflict (order_id) do update set title_id = excluded.title_id, requested_at = excluded.requested_at""")
                .param("order", request.order().value())
                .param("number", request.number().value())
                .param("buyer", request.buyer().value())
                .param("title", request.title().value())
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    Optional<Request> request(SubjectId buyer, OrderNumber number) {
        return jdbc.sql(
                        "select order_id, order_number, buyer, title_id from invoice.request where buyer = :buyer and order_number = :number")
                .param("buyer", buyer.value())
                .param("number", number.value())
                .query(IssuedInvoices::request)
                .optional();
    }

    /** The order's request, locked until the transaction ends: one node issues its invoice at a time. */
    Optional<Request> lockRequest(OrderId order) {
        return jdbc.sql(
                        "select order_id, order_number, buyer, title_id from invoice.request where order_id = :order for update")
                .param("order", order.value())
                .query(IssuedInvoices::request)
                .optional();
    }

    Optional<Row> of(OrderId order) {
        return jdbc.sql("""
                        select order_id, buyer, vault_subject, kind, item, currency, amount_fen, tax_fen, total_fen, tax_rate,
                               seller_name, seller_tax_number, number, code, issued_on
                        from invoice.invoice where order_id = :order""")
                .param("order", order.value())
                .query(IssuedInvoices::row)
                .optional();
    }

    void insert(Row row, long sharingEntry, Instant at) {
        jdbc.sql("""
                        insert into invoice.invoice (order_id, buyer, vault_subject, kind, item, currency, amount_fen, tax_fen,
                            total_fen, tax_rate, seller_name, seller_tax_number, number, code, sharing_entry, issued_on, issued_at)
                        values (:order, :buyer, :sealed, :kind, :item, :currency, :amount, :tax, :total, :rate, :sellerName,
                            :sellerTax, :number, :code, :entry, :issuedOn, :at)""")
                .param("order", row.order().value())
                .param("buyer", row.buyer().value())
                .param("sealed", row.sealed().value())
                .param("kind", row.kind().name())
                .param("item", row.item())
                .param("currency", row.split().total().currency().getCurrencyCode())
                .param("amount", row.split().amount().minor())
                .param("tax", row.split().tax().minor())
                .param("total", row.split().total().minor())
                .param("rate", row.split().ratePercent())
                .param("sellerName", row.sellerName())
                .param("sellerTax", row.sellerTaxNumber())
                .param("number", row.number())
                .param("code", row.code())
                .param("entry", sharingEntry)
                .param("issuedOn", row.issuedOn())
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    private static Request request(ResultSet rs, int n) throws SQLException {
        return new Request(
                new OrderId(rs.getLong("order_id")),
                new OrderNumber(rs.getString("order_number")),
                new SubjectId(rs.getObject("buyer", UUID.class)),
                new InvoiceTitleId(rs.getObject("title_id", UUID.class)));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        return new Row(
                new OrderId(rs.getLong("order_id")),
                new SubjectId(rs.getObject("buyer", UUID.class)),
                new SubjectId(rs.getObject("vault_subject", UUID.class)),
                TitleKind.valueOf(rs.getString("kind")),
                rs.getString("item"),
                new TaxSplit(
                        new Money(rs.getLong("amount_fen"), currency),
                        new Money(rs.getLong("tax_fen"), currency),
                        new Money(rs.getLong("total_fen"), currency),
                        rs.getInt("tax_rate")),
                rs.getString("seller_name"),
                rs.getString("seller_tax_number"),
                rs.getString("number"),
                rs.getString("code"),
                rs.getObject("issued_on", LocalDate.class));
    }
}
