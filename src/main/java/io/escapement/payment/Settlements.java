package io.escapement.payment;

import io.escapement.money.Money;
import io.escapement.order.OrderEvents;
import io.escapement.order.OrderId;
import io.escapement.order.OrderSettlements;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles an order with its merchant (ADR 46) once its receipt is confirmed and its return window
 * is over: what escrow still holds for the order (its total less what went or is going back to the
 * buyer) goes to the merchant's payable account, less the platform's fee, which goes to the
 * platform's revenue, in one journal. An order refunded in full settles nothing. Once per order:
 * the settlement's row is keyed by the order, so a repeated event, or the same event on two nodes,
 * books one journal.
 */
@Service
public class Settlements {

    private static final Logger log = LoggerFactory.getLogger(Settlements.class);

    /**
     * An order's settlement.
     *
     * @param gross the order's total
     * @param refunded what of it went back to the buyer, or is on its way
     * @param fee the platform's fee on gross less refunded
     * @param net what the merchant is owed: gross less refunded less fee
     */
    public record Settlement(OrderId order, Money gross, Money refunded, Money fee, Money net) {}

    private record Held(ChargeId charge, Money amount, Money refunds) {}

    private final JdbcClient jdbc;
    private final OrderSettlements orders;
    private final Ledger ledger;
    private final PlatformFee fee;
    private final Clock clock;

    Settlements(JdbcClient jdbc, OrderSettlements orders, Ledger ledger, PaymentProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.ledger = ledger;
        this.fee = new PlatformFee(properties.platformFee());
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderEvents.OrderSettlementDue due) {
        settle(due.order());
    }

    /**
     * Settles the order; empty when it was settled already, is not paid, is not due for settlement
     * (the order module decides that: received, its return window over, no after-sales case open),
     * or was refunded in full.
     */
    @Transactional
    public Optional<Settlement> settle(OrderId id) {
        var found = orders.find(id);
        if (found.isEmpty()) {
            log.warn("Order {} is due for settlement but not paid; nothing settled", id.value());
            return Optional.empty();
        }
        var order = found.get();
        if (!order.due()) {
            log.warn("Order {} is not due for settlement; nothing settled", id.value());
            return Optional.empty();
        }
        var held = jdbc
                .sql("""
                        select c.id, c.currency, c.amount_fen, coalesce(sum(r.amount_fen), 0) as refunds
                        from payment.charge c left join payment.refund r on r.charge_id = c.id
                        where c.order_number = :order and c.pays_order
                        group by c.id, c.currency, c.amount_fen order by c.id""")
                .param("order", order.number().value())
                .query((rs, row) -> {
                    var currency = Currency.getInstance(rs.getString("currency"));
                    return new Held(
                            new ChargeId(rs.getLong("id")),
                            new Money(rs.getLong("amount_fen"), currency),
                            new Money(rs.getLong("refunds"), currency));
                })
                .list()
                .stream()
                .findFirst();
        if (held.isEmpty()) {
            log.warn("Order {} is due for settlement but no charge paid it; nothing settled", id.value());
            return Optional.empty();
        }
        var charge = held.get();
        // what the order records as refunded and what payment decided to refund, whichever is more
        var refunded = order.refunded().compareTo(charge.refunds()) >= 0 ? order.refunded() : charge.refunds();
        var gross = order.total();
        var base = charge.amount().minus(charge.refunds()).compareTo(gross.minus(refunded)) <= 0
                ? charge.amount().minus(charge.refunds())
                : gross.minus(refunded);
        if (!base.isPositive()) {
            return Optional.empty(); // refunded in full: nothing is the merchant's
        }
        var fees = fee.on(base);
        var net = base.minus(fees);
        var now = clock.instant();
        int inserted = jdbc.sql("""
                        insert into payment.settlement (order_id, order_number, merchant_id, charge_id, currency,
                            gross_fen, refunded_fen, fee_fen, net_fen, settled_at)
                        values (:order, :number, :merchant, :charge, :currency, :gross, :refunded, :fee, :net, :at)
                        on conflict do nothing""")
                .param("order", id.value())
                .param("number", order.number().value())
                .param("merchant", order.merchant().value())
                .param("charge", charge.charge().value())
                .param("currency", gross.currency().getCurrencyCode())
                .param("gross", gross.minor())
                .param("refunded", gross.minus(base).minor())
                .param("fee", fees.minor())
                .param("net", net.minor())
                .param("at", Timestamp.from(now))
                .update();
        if (inserted != 1) {
            return Optional.empty(); // settled already, here or on another node
        }
        var postings = new ArrayList<Ledger.Posting>();
        postings.add(new Ledger.Posting(LedgerAccount.ESCROW, base));
        if (net.isPositive()) {
            postings.add(new Ledger.Posting(LedgerAccount.payableTo(order.merchant()), net.times(-1)));
        }
        if (fees.isPositive()) {
            postings.add(new Ledger.Posting(LedgerAccount.PLATFORM_FEES, fees.times(-1)));
        }
        ledger.post(Ledger.JournalKind.SETTLEMENT, charge.charge(), null, now, postings);
        return Optional.of(new Settlement(id, gross, gross.minus(base), fees, net));
    }
}
