package io.escapement.aftersales;

import io.escapement.money.Money;
import io.escapement.order.OrderId;
import io.escapement.order.OrderNumber;
import io.escapement.party.MerchantId;
import io.escapement.vault.SubjectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The repository of {@link ReturnCase}s, their steps and photos. A save is written only while the
 * row still has the version the case was loaded with, so a double submission of a decision, or two
 * people deciding at once, moves the case once.
 */
@Repository
class ReturnCases {

    private static final String COLUMNS = "id, order_id, order_number, buyer, merchant_id, reason, state, dispute,"
            + " refusal, inspection, currency, refunded_fen, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ReturnCases(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Stores a new case with its photos.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the order has a case already
     */
    ReturnCase add(ReturnCase opened, List<byte[]> photos, Instant at) {
        long id = jdbc.sql("""
                        insert into aftersales.return_case (order_id, order_number, buyer, merchant_id, reason, state,
                            dispute, currency, opened_at)
                        values (:order, :number, :buyer, :merchant, :reason, :state, :dispute, :currency, :at)
                        returning id""")
                .param("order", opened.order().value())
                .param("number", opened.number().value())
                .param("buyer", opened.buyer().value())
                .param("merchant", opened.merchant().value())
                .param("reason", opened.reason())
                .param("state", opened.state().name())
                .param("dispute", opened.dispute().name())
                .param("currency", opened.refunded().currency().getCurrencyCode())
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
        for (int seq = 0; seq < photos.size(); seq++) {
            jdbc.sql("insert into aftersales.photo (case_id, seq, jpeg) values (:id, :seq, :jpeg)")
                    .param("id", id)
                    .param("seq", seq)
                    .param("jpeg", photos.get(seq))
                    .update();
        }
        var saved = withId(opened, new ReturnCaseId(id), 0);
        insertSteps(saved, 0);
        events.publishEvent(new ReturnEvents.ReturnRequested(saved.id(), saved.order()));
        return saved;
    }

    /**
     * Writes the case's state and its new steps, if nobody moved it since it was loaded, and
     * publishes its events.
     *
     * @param heldBefore whether the case held its order when it was loaded
     */
    void save(ReturnCase moved, boolean heldBefore) {
        int updated = jdbc.sql("""
                        update aftersales.return_case set state = :state, dispute = :dispute, refusal = :refusal,
                            inspection = :inspection, refunded_fen = :refunded, version = version + 1
                        where id = :id and version = :version""")
                .param("state", moved.state().name())
                .param("dispute", moved.dispute().name())
                .param("refusal", moved.refusal())
                .param(
                        "inspection",
                        moved.inspection() == null ? null : moved.inspection().name())
                .param("refunded", moved.refunded().minor())
                .param("id", moved.id().value())
                .param("version", moved.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException(
                    "Return case " + moved.id().reference() + " moved meanwhile");
        }
        int stored = jdbc.sql("select count(*) from aftersales.step where case_id = :id")
                .param("id", moved.id().value())
                .query(Integer.class)
                .single();
        insertSteps(moved, stored);
        moved.takeEvents(heldBefore).forEach(events::publishEvent);
    }

    Optional<ReturnCase> find(ReturnCaseId id) {
        return withSteps(jdbc.sql("select " + COLUMNS + " from aftersales.return_case where id = :id")
                        .param("id", id.value())
                        .query(this::row)
                        .list())
                .stream()
                .findFirst();
    }

    Optional<ReturnCase> ofOrder(OrderId order) {
        return withSteps(jdbc.sql("select " + COLUMNS + " from aftersales.return_case where order_id = :order")
                        .param("order", order.value())
                        .query(this::row)
                        .list())
                .stream()
                .findFirst();
    }

    List<ReturnCase> ofBuyer(SubjectId buyer, int limit) {
        return list("buyer = :who", buyer.value(), limit);
    }

    List<ReturnCase> ofMerchant(MerchantId merchant, int limit) {
        return list("merchant_id = :who", merchant.value(), limit);
    }

    /** The newest cases, the escalated and disputed ones first: customer service's queue. */
    List<ReturnCase> queue(int limit) {
        return withSteps(jdbc.sql("select " + COLUMNS + " from aftersales.return_case"
                        + " order by (state = 'ESCALATED' or dispute = 'OPEN') desc, id desc limit :limit")
                .param("limit", limit)
                .query(this::row)
                .list());
    }

    /** How many of the buyer's cases still hold their order: not finished, or disputed. */
    long openOf(SubjectId buyer) {
        return jdbc.sql("""
                        select count(*) from aftersales.return_case where buyer = :buyer
                        and (state not in ('REFUSAL_UPHELD', 'REFUNDED', 'CLOSED') or dispute = 'OPEN')""").param("buyer", buyer.value()).query(Long.class).single();
    }

    /** The cases in {@code state}, oldest first. */
    List<ReturnCase> inState(ReturnState state, int limit) {
        return withSteps(jdbc.sql("select " + COLUMNS + " from aftersales.return_case where state = :state"
                        + " order by id limit :limit")
                .param("state", state.name())
                .param("limit", limit)
                .query(this::row)
                .list());
    }

    /** How many photos the case has. */
    int photos(ReturnCaseId id) {
        return jdbc.sql("select count(*) from aftersales.photo where case_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
    }

    Optional<byte[]> photo(ReturnCaseId id, int seq) {
        return jdbc.sql("select jpeg from aftersales.photo where case_id = :id and seq = :seq")
                .param("id", id.value())
                .param("seq", seq)
                .query((rs, row) -> rs.getBytes("jpeg"))
                .optional();
    }

    private List<ReturnCase> list(String condition, Object who, int limit) {
        return withSteps(jdbc.sql("select " + COLUMNS + " from aftersales.return_case where " + condition
                        + " order by id desc limit :limit")
                .param("who", who)
                .param("limit", limit)
                .query(this::row)
                .list());
    }

    private void insertSteps(ReturnCase saved, int from) {
        var timeline = saved.timeline();
        for (int seq = from; seq < timeline.size(); seq++) {
            var step = timeline.get(seq);
            jdbc.sql("""
                            insert into aftersales.step (case_id, seq, kind, by_party, at, note, amount_fen)
                            values (:id, :seq, :kind, :by, :at, :note, :amount)""")
                    .param("id", saved.id().value())
                    .param("seq", seq)
                    .param("kind", step.kind().name())
                    .param("by", step.by().name())
                    .param("at", Timestamp.from(step.at()))
                    .param("note", step.note())
                    .param(
                            "amount",
                            step.amount() == null ? null : step.amount().minor())
                    .update();
        }
    }

    private List<ReturnCase> withSteps(List<ReturnCase> loaded) {
        if (loaded.isEmpty()) {
            return loaded;
        }
        var steps = new HashMap<Long, List<ReturnStep>>();
        jdbc.sql("""
                        select s.case_id, s.kind, s.by_party, s.at, s.note, s.amount_fen, c.currency
                        from aftersales.step s join aftersales.return_case c on c.id = s.case_id
                        where s.case_id = any(:ids) order by s.case_id, s.seq""")
                .param("ids", loaded.stream().map(c -> c.id().value()).toArray(Long[]::new))
                .query(rs -> {
                    steps.computeIfAbsent(rs.getLong("case_id"), id -> new ArrayList<>())
                            .add(new ReturnStep(
                                    ReturnStep.Kind.valueOf(rs.getString("kind")),
                                    Party.valueOf(rs.getString("by_party")),
                                    rs.getTimestamp("at").toInstant(),
                                    rs.getString("note"),
                                    rs.getObject("amount_fen") == null
                                            ? null
                                            : new Money(
                                                    rs.getLong("amount_fen"),
                                                    Currency.getInstance(rs.getString("currency")))));
                });
        return loaded.stream()
                .map(c -> new ReturnCase(
                        c.id(),
                        c.order(),
                        c.number(),
                        c.buyer(),
                        c.merchant(),
                        c.reason(),
                        c.state(),
                        c.dispute(),
                        c.refusal(),
                        c.inspection(),
                        c.refunded(),
                        steps.getOrDefault(c.id().value(), List.of()),
                        c.version()))
                .toList();
    }

    private static ReturnCase withId(ReturnCase c, ReturnCaseId id, int version) {
        return new ReturnCase(
                id,
                c.order(),
                c.number(),
                c.buyer(),
                c.merchant(),
                c.reason(),
                c.state(),
                c.dispute(),
                c.refusal(),
                c.inspection(),
                c.refunded(),
                c.timeline(),
                version);
    }

    private ReturnCase row(ResultSet rs, int row) throws SQLException {
        var inspection = rs.getString("inspection");
        return new ReturnCase(
                new ReturnCaseId(rs.getLong("id")),
                new OrderId(rs.getLong("order_id")),
                new OrderNumber(rs.getString("order_number")),
                new SubjectId(rs.getObject("buyer", UUID.class)),
                new MerchantId(rs.getLong("merchant_id")),
                rs.getString("reason"),
                ReturnState.valueOf(rs.getString("state")),
                DisputeState.valueOf(rs.getString("dispute")),
                rs.getString("refusal"),
                inspection == null ? null : Inspection.valueOf(inspection),
                new Money(rs.getLong("refunded_fen"), Currency.getInstance(rs.getString("currency"))),
                List.of(),
                rs.getInt("version"));
    }
}
