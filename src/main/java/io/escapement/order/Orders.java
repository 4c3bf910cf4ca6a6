package io.escapement.order;

import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.vault.SubjectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The repository of {@link Order}s, and the only code that writes {@code orders.buyer_order} and
 * its steps. A save is written only while the row still has the version the order was loaded
 * with, so two nodes that move the same order cannot both win; the events the order registered
 * are published in the saving transaction.
 */
@Repository
class Orders {

    private static final String COLUMNS = "id, number, buyer, listing_id, reservation, ship_to_subject, province_code,"
            + " city_code, district_code, region, postcode, currency, price_fen, shipping_fee_fen, refunded_fen,"
            + " reserved_until, checkout, payment, fulfilment, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Orders(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Stores a new order ({@link Order#place}) of a watch that {@code merchant} sells and publishes
     * {@link OrderEvents.OrderPlaced}.
     *
     * @return the order with its id
     * @throws org.springframework.dao.DuplicateKeyException when the watch has an open order already
     */
    Order add(Order placed, MerchantId merchant) {
        long id = jdbc.sql("""
                        insert into orders.buyer_order (number, buyer, listing_id, merchant_id, reservation,
                            ship_to_subject, province_code, city_code, district_code, region, postcode, currency,
                            price_fen, shipping_fee_fen, reserved_until, checkout, payment, fulfilment)
                        values (:number, :buyer, :listing, :merchant, :reservation, :shipToSubject, :province, :city,
                            :district, :region, :postcode, :currency, :price, :fee, :reservedUntil, :checkout, :payment,
                            :fulfilment)
                        returning id""")
                .param("number", placed.number().value())
                .param("merchant", merchant.value())
                .param("buyer", placed.buyer().value())
                .param("listing", placed.listing().value())
                .param("reservation", placed.reservation())
                .param("shipToSubject", placed.shipTo().sealed().value())
                .param("province", placed.shipTo().provinceCode())
                .param("city", placed.shipTo().cityCode())
                .param("district", placed.shipTo().districtCode())
                .param("region", placed.shipTo().region())
                .param("postcode", placed.shipTo().postcode())
                .param("currency", placed.price().currency().getCurrencyCode())
                .param("price", placed.price().minor())
                .param("fee", placed.shippingFee().minor())
                .param("reservedUntil", Timestamp.from(placed.reservedUntil()))
                .param("checkout", placed.checkout().name())
                .param("payment", placed.payment().name())
                .param("fulfilment", placed.fulfilment().name())
                .query(Long.class)
                .single();
        var order = new Order(
                new OrderId(id),
                placed.number(),
                placed.buyer(),
                placed.listing(),
                placed.reservation(),
                placed.shipTo(),
                placed.price(),
                placed.shippingFee(),
                placed.reservedUntil(),
                placed.checkout(),
                placed.payment(),
                placed.fulfilment(),
                placed.refunded(),
                placed.timeline(),
                0);
        insertSteps(order, 0);
        events.publishEvent(new OrderEvents.OrderPlaced(order.id(), order.listing()));
        return order;
    }

    /** Writes the order's states, its new steps and its events, if nobody moved it since it was loaded. */
    void save(Order order) {
        int updated = jdbc.sql("""
                        update orders.buyer_order set checkout = :checkout, payment = :payment, fulfilment = :fulfilment,
                            refunded_fen = :refunded, delivered_at = coalesce(delivered_at, :deliveredAt),
                            received_at = coalesce(received_at, :receivedAt), version = version + 1
                        where id = :id and version = :version""")
                .param("checkout", order.checkout().name())
                .param("deliveredAt", order.deliveredAt().map(Timestamp::from).orElse(null))
                .param("receivedAt", order.receivedAt().map(Timestamp::from).orElse(null))
                .param("payment", order.payment().name())
                .param("fulfilment", order.fulfilment().name())
                .param("refunded", order.refunded().minor())
                .param("id", order.id().value())
                .param("version", order.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Order " + order.number() + " was moved meanwhile");
        }
        int stored = jdbc.sql("select count(*) from orders.step where order_id = :id")
                .param("id", order.id().value())
                .query(Integer.class)
                .single();
        insertSteps(order, stored);
        order.takeEvents().forEach(events::publishEvent);
    }

    Optional<Order> find(OrderId id) {
        return first(jdbc.sql("select " + COLUMNS + " from orders.buyer_order where id = :id")
                .param("id", id.value())
                .query(this::order)
                .list());
    }

    /** The order with this number, whoever placed it: for the payment provider's confirmation. */
    Optional<Order> find(OrderNumber number) {
        return first(jdbc.sql("select " + COLUMNS + " from orders.buyer_order where number = :number")
                .param("number", number.value())
                .query(this::order)
                .list());
    }

    /** The buyer's order with this number; empty for another buyer's, so nobody learns it exists. */
    Optional<Order> find(SubjectId buyer, OrderNumber number) {
        return first(jdbc.sql("select " + COLUMNS
                        + " from orders.buyer_order where number = :number and buyer = :buyer and hidden_at is null")
                .param("number", number.value())
                .param("buyer", buyer.value())
                .query(this::order)
                .list());
    }

    /**
     * How many of the buyer's orders are not settled: paid and not yet closed, or placed and still
     * within their reservation (an unpaid order past it closes by itself).
     */
    long openOf(SubjectId buyer, Instant now) {
        return jdbc.sql("""
                        select count(*) from orders.buyer_order where buyer = :buyer
                        and (checkout = 'CONFIRMED' or (checkout = 'PLACED' and reserved_until > :now))""")
                .param("buyer", buyer.value())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** How many of the buyer's orders (not deleted from their list) each filter shows, in one query. */
    Map<OrderFilter, Long> countsOf(SubjectId buyer) {
        var columns = new StringBuilder();
        for (var filter : OrderFilter.values()) {
            columns.append(columns.isEmpty() ? "" : ", ")
                    .append("count(*) filter (where ")
                    .append(filter.condition())
                    .append(") as ")
                    .append(filter.name().toLowerCase(Locale.ROOT));
        }
        return jdbc.sql("select " + columns + " from orders.buyer_order where buyer = :buyer and hidden_at is null")
                .param("buyer", buyer.value())
                .query(rs -> {
                    rs.next();
                    var counts = new EnumMap<OrderFilter, Long>(OrderFilter.class);
                    for (var filter : OrderFilter.values()) {
                        counts.put(filter, rs.getLong(filter.name().toLowerCase(Locale.ROOT)));
                    }
                    return counts;
                });
    }

    /** The numbers of all the buyer's orders, also those deleted from their list. */
    List<OrderNumber> numbersOf(SubjectId buyer) {
        return jdbc.sql("select number from orders.buyer_order where buyer = :buyer")
                .param("buyer", buyer.value())
                .query((rs, row) -> new OrderNumber(rs.getString("number")))
                .list();
    }

    /** The buyer's orders in {@code filter}, newest first, at most {@code limit}. */
    List<Order> ofBuyer(SubjectId buyer, OrderFilter filter, int limit) {
        return withSteps(jdbc.sql(
                        "select " + COLUMNS + " from orders.buyer_order where buyer = :buyer and hidden_at is null and "
                                + filter.condition() + " order by id desc limit :limit")
                .param("buyer", buyer.value())
                .param("limit", limit)
                .query(this::order)
                .list());
    }

    /**
     * The orders of watches {@code merchant} sells that were paid (confirmed: awaiting shipment and
     * later), newest first, at most {@code limit}; never another merchant's, never an unpaid one.
     */
    List<Order> paidOfMerchant(MerchantId merchant, int limit) {
        return withSteps(jdbc.sql("select " + COLUMNS + " from orders.buyer_order"
                        + " where merchant_id = :merchant and checkout = 'CONFIRMED' order by id desc limit :limit")
                .param("merchant", merchant.value())
                .param("limit", limit)
                .query(this::order)
                .list());
    }

    /** The paid order with this number of a watch {@code merchant} sells; empty for any other. */
    Optional<Order> findPaid(MerchantId merchant, OrderNumber number) {
        return first(jdbc.sql("select " + COLUMNS + " from orders.buyer_order"
                        + " where number = :number and merchant_id = :merchant and checkout = 'CONFIRMED'")
                .param("number", number.value())
                .param("merchant", merchant.value())
                .query(this::order)
                .list());
    }

    /** Hides a closed order from its buyer; false when it is not closed, or hidden already. */
    boolean hide(OrderId id, Instant at) {
        return jdbc.sql("""
                                update orders.buyer_order set hidden_at = :at
                                where id = :id and hidden_at is null and after_sales_since is null
                                and (checkout = 'CLOSED' or payment = 'REFUNDED' or settlement_due_at is not null)""")
                        .param("at", Timestamp.from(at))
                        .param("id", id.value())
                        .update()
                == 1;
    }

    /** The orders of a listing, newest first. */
    List<Order> ofListing(ListingId listing) {
        return withSteps(
                jdbc.sql("select " + COLUMNS + " from orders.buyer_order where listing_id = :listing order by id desc")
                        .param("listing", listing.value())
                        .query(this::order)
                        .list());
    }

    /** Placed, unpaid orders whose reservation ended before {@code at}. */
    List<OrderId> lapsedBefore(Instant at) {
        return jdbc.sql("select id from orders.buyer_order where checkout = 'PLACED' and reserved_until <= :at")
                .param("at", Timestamp.from(at))
                .query((rs, row) -> new OrderId(rs.getLong(1)))
                .list();
    }

    /** Delivered orders whose buyer has not confirmed receipt, delivered at or before {@code at}. */
    List<OrderId> deliveredBefore(Instant at) {
        // a watch returned and refunded in full is never received (Order.receivable): not a candidate
        return jdbc.sql("""
                        select id from orders.buyer_order
                        where fulfilment = 'DELIVERED' and delivered_at <= :at and payment <> 'REFUNDED'""")
                .param("at", Timestamp.from(at))
                .query((rs, row) -> new OrderId(rs.getLong(1)))
                .list();
    }

    /**
     * Marks the received orders delivered (or received, without a delivery) at or before
     * {@code before}, and not held by after-sales, as due for settlement at {@code now}, each once: a conditional update, so
     * that of two nodes only one marks an order; returns the orders this call marked.
     */
    List<OrderId> markSettlementDue(Instant before, Instant now) {
        return jdbc.sql("""
                        update orders.buyer_order set settlement_due_at = :now
                        where fulfilment = 'RECEIVED' and settlement_due_at is null and after_sales_since is null
                        and coalesce(delivered_at, received_at) <= :before
                        returning id""")
                .param("now", Timestamp.from(now))
                .param("before", Timestamp.from(before))
                .query((rs, row) -> new OrderId(rs.getLong(1)))
                .list();
    }

    /**
     * Holds a paid order from settlement for after-sales since {@code at}; false when it is due
     * for settlement already (or unknown). A conditional update, so it and {@link #markSettlementDue}
     * never both win.
     */
    boolean holdForAfterSales(OrderId id, Instant at) {
        return jdbc.sql("""
                        update orders.buyer_order set after_sales_since = coalesce(after_sales_since, :at)
                        where id = :id and checkout = 'CONFIRMED' and settlement_due_at is null""")
                        .param("at", Timestamp.from(at))
                        .param("id", id.value())
                        .update()
                == 1;
    }

    /** Ends the order's after-sales hold; settlement is marked due on the next run once its window is over. */
    void releaseFromAfterSales(OrderId id) {
        jdbc.sql("update orders.buyer_order set after_sales_since = null where id = :id")
                .param("id", id.value())
                .update();
    }

    /** Whether the order was marked due for settlement. */
    boolean settlementDue(OrderId id) {
        return jdbc.sql("select settlement_due_at is not null from orders.buyer_order where id = :id")
                .param("id", id.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private void insertSteps(Order order, int from) {
        var timeline = order.timeline();
        for (int seq = from; seq < timeline.size(); seq++) {
            var step = timeline.get(seq);
            jdbc.sql(
                            "insert into orders.step (order_id, seq, kind, at, amount_fen) values (:id, :seq, :kind, :at, :amount)")
                    .param("id", order.id().value())
                    .param("seq", seq)
                    .param("kind", step.kind().name())
                    .param("at", Timestamp.from(step.at()))
                    .param(
                            "amount",
                            step.amount() == null ? null : step.amount().minor())
                    .update();
        }
    }

    private Optional<Order> first(List<Order> loaded) {
        return withSteps(loaded).stream().findFirst();
    }

    /** The orders with their timelines, read in one query for all of them. */
    private List<Order> withSteps(List<Order> loaded) {
        if (loaded.isEmpty()) {
            return loaded;
        }
        var steps = new HashMap<Long, List<Step>>();
        jdbc.sql("""
                        select s.order_id, s.kind, s.at, s.amount_fen, o.currency from orders.step s
                        join orders.buyer_order o on o.id = s.order_id
                        where s.order_id = any(:ids) order by s.order_id, s.seq""")
                .param("ids", loaded.stream().map(order -> order.id().value()).toArray(Long[]::new))
                .query(rs -> {
                    var currency = Currency.getInstance(rs.getString("currency"));
                    steps.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>())
                            .add(new Step(
                                    Step.Kind.valueOf(rs.getString("kind")),
                                    rs.getTimestamp("at").toInstant(),
                                    rs.getObject("amount_fen") == null
                                            ? null
                                            : new Money(rs.getLong("amount_fen"), currency)));
                });
        return loaded.stream()
                .map(order -> new Order(
                        order.id(),
                        order.number(),
                        order.buyer(),
                        order.listing(),
                        order.reservation(),
                        order.shipTo(),
                        order.price(),
                        order.shippingFee(),
                        order.reservedUntil(),
                        order.checkout(),
                        order.payment(),
                        order.fulfilment(),
                        order.refunded(),
                        steps.getOrDefault(order.id().value(), List.of()),
                        order.version()))
                .toList();
    }

    /** One row as an order without its timeline; {@link #withSteps} adds it. */
    private Order order(ResultSet rs, int row) throws SQLException {
        var id = new OrderId(rs.getLong("id"));
        var currency = Currency.getInstance(rs.getString("currency"));
        return new Order(
                id,
                new OrderNumber(rs.getString("number")),
                new SubjectId(rs.getObject("buyer", UUID.class)),
                new ListingId(rs.getLong("listing_id")),
                rs.getObject("reservation", UUID.class),
                new ShipTo(
                        new SubjectId(rs.getObject("ship_to_subject", UUID.class)),
                        rs.getString("province_code"),
                        rs.getString("city_code"),
                        rs.getString("district_code"),
                        rs.getString("region"),
                        rs.getString("postcode")),
                new Money(rs.getLong("price_fen"), currency),
                new Money(rs.getLong("shipping_fee_fen"), currency),
                rs.getTimestamp("reserved_until").toInstant(),
                CheckoutState.valueOf(rs.getString("checkout")),
                PaymentState.valueOf(rs.getString("payment")),
                FulfilmentState.valueOf(rs.getString("fulfilment")),
                new Money(rs.getLong("refunded_fen"), currency),
                List.of(),
                rs.getInt("version"));
    }
}
