package io.escapement.payment;

import io.escapement.money.Money;
import io.escapement.order.OrderNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The repository of {@link Charge}s. A save is written only while the row has the version the
 * charge was loaded with, so that of two callbacks for one charge, on one node or two, one wins;
 * the charge's events are published in the saving transaction.
 */
@Repository
class Charges {

    private static final String COLUMNS = "id, reference, provider, order_number, currency, amount_fen, refunded_fen,"
            + " state, transaction, created_at, expires_at, settled_at, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Charges(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Stores a new charge, or finds the open one the order already has at that provider (a second
     * click on "pay" pays the same charge).
     */
    Charge addOrFindOpen(Charge created) {
        var id = jdbc.sql("""
                        insert into payment.charge (reference, provider, order_number, currency, amount_fen, state,
                            created_at, expires_at)
                        values (:reference, :provider, :order, :currency, :amount, :state, :createdAt, :expiresAt)
                        on conflict (order_number, provider) where state = 'CREATED' do nothing
                        returning id""")
                .param("reference", created.reference())
                .param("provider", created.provider())
                .param("order", created.order().value())
                .param("currency", created.amount().currency().getCurrencyCode())
                .param("amount", created.amount().minor())
                .param("state", created.state().name())
                .param("createdAt", Timestamp.from(created.createdAt()))
                .param("expiresAt", Timestamp.from(created.expiresAt()))
                .query(Long.class)
                .optional();
        if (id.isPresent()) {
            return find(new ChargeId(id.get())).orElseThrow();
        }
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from payment.charge where order_number = :order and provider = :provider and state = 'CREATED'")
                .param("order", created.order().value())
                .param("provider", created.provider())
                .query(Charges::charge)
                .single();
    }

    Optional<Charge> find(ChargeId id) {
        return jdbc.sql("select " + COLUMNS + " from payment.charge where id = :id")
                .param("id", id.value())
                .query(Charges::charge)
                .optional();
    }

    Optional<Charge> byReference(String reference) {
        return jdbc.sql("select " + COLUMNS + " from payment.charge where reference = :reference")
                .param("reference", reference)
                .query(Charges::charge)
                .optional();
    }

    List<Charge> ofOrder(OrderNumber order) {
        return jdbc.sql("select " + COLUMNS + " from payment.charge where order_number = :order order by id")
                .param("order", order.value())
                .query(Charges::charge)
                .list();
    }

    /**
     * Writes the charge's new state and publishes its events.
     *
     * @throws OptimisticLockingFailureException when the charge was moved meanwhile
     */
    void save(Charge charge) {
        int updated = jdbc.sql("""
                        update payment.charge set state = :state, refunded_fen = :refunded, transaction = :transaction,
                            settled_at = :settledAt, version = version + 1
                        where id = :id and version = :version""")
                .param("state", charge.state().name())
                .param("refunded", charge.refunded().minor())
                .param("transaction", charge.transaction())
                .param("settledAt", timestamp(charge.settledAt()))
                .param("id", charge.id().value())
                .param("version", charge.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Charge " + charge.reference() + " was moved meanwhile");
        }
        charge.takeEvents().forEach(events::publishEvent);
    }

    /** Marks the charge as the one whose payment its order took (the others are refunded). */
    void paysOrder(ChargeId id) {
        jdbc.sql("update payment.charge set pays_order = true where id = :id")
                .param("id", id.value())
                .update();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Charge charge(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        var settled = rs.getTimestamp("settled_at");
        return new Charge(
                new ChargeId(rs.getLong("id")),
                rs.getString("reference"),
                rs.getString("provider"),
                new OrderNumber(rs.getString("order_number")),
                new Money(rs.getLong("amount_fen"), currency),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                ChargeState.valueOf(rs.getString("state")),
                new Money(rs.getLong("refunded_fen"), currency),
                rs.getString("transaction"),
                settled == null ? null : settled.toInstant(),
                rs.getInt("version"));
    }
}
