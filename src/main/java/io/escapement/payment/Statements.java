package io.escapement.payment;

import io.escapement.money.Money;
import io.escapement.order.OrderNumber;
import io.escapement.order.OrderSettlements;
import io.escapement.party.MerchantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's settlement statement per calendar month in China's time (ADR 46): the orders settled
 * with it in that month, with their gross, refunded part, fee and net, and the refunds of its sales
 * made in that month; with their totals. Order numbers and amounts only, never the buyer. Another
 * merchant's settlements and refunds never appear.
 */
@Service
public class Statements {

    /** Months are counted in China's time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /** An order settled in the period. */
    public record Settled(OrderNumber number, Instant settledAt, Money gross, Money refunded, Money fee, Money net) {}

    /** Money of one of the merchant's sales that went back to the buyer in the period. */
    public record Refunded(OrderNumber number, Instant refundedAt, Money amount) {}

    /** One month's statement; empty lists for a month with nothing in it. */
    public record Statement(
            YearMonth period,
            List<Settled> settled,
            List<Refunded> refunds,
            Money gross,
            Money refunded,
            Money fees,
            Money net,
            Money refundsTotal) {

        public boolean isEmpty() {
            return settled.isEmpty() && refunds.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final OrderSettlements orders;
    private final Clock clock;

    Statements(JdbcClient jdbc, OrderSettlements orders, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.clock = clock;
    }

    /** The period {@code text} names, as {@code 2026-12}; empty for anything else. */
    public static Optional<YearMonth> period(String text) {
        var matcher = PERIOD.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /** This month in China's time. */
    public YearMonth current() {
        return YearMonth.from(clock.instant().atZone(ZONE));
    }

    /** The merchant's statements of this month and the {@code months - 1} before it, newest first. */
    @Transactional(readOnly = true)
    public List<Statement> recent(MerchantId merchant, int months) {
        var statements = new ArrayList<Statement>();
        var period = current();
        for (int i = 0; i < months; i++) {
            statements.add(of(merchant, period.minusMonths(i)));
        }
        return statements;
    }

    /** The merchant's statement of {@code period}; empty for a month to come or one without settlements. */
    @Transactional(readOnly = true)
    public Statement of(MerchantId merchant, YearMonth period) {
        var from = Timestamp.from(period.atDay(1).atStartOfDay(ZONE).toInstant());
        var to = Timestamp.from(period.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
        var settled = jdbc.sql("""
                        select order_number, settled_at, currency, gross_fen, refunded_fen, fee_fen, net_fen
                        from payment.settlement
                        where merchant_id = :merchant and settled_at >= :from and settled_at < :to
                        order by settled_at, order_number""")
                .param("merchant", merchant.value())
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> {
                    var currency = Currency.getInstance(rs.getString("currency"));
                    return new Settled(
                            new OrderNumber(rs.getString("order_number")),
                            rs.getTimestamp("settled_at").toInstant(),
                            new Money(rs.getLong("gross_fen"), currency),
                            new Money(rs.getLong("refunded_fen"), currency),
                            new Money(rs.getLong("fee_fen"), currency),
                            new Money(rs.getLong("net_fen"), currency));
                })
                .list();
        var refunded = jdbc.sql("""
                        select c.order_number, r.done_at, c.currency, r.amount_fen
                        from payment.refund r join payment.charge c on c.id = r.charge_id
                        where c.pays_order and r.state = 'DONE' and r.done_at >= :from and r.done_at < :to
                        order by r.done_at, r.id""")
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new Refunded(
                        new OrderNumber(rs.getString("order_number")),
                        rs.getTimestamp("done_at").toInstant(),
                        new Money(rs.getLong("amount_fen"), Currency.getInstance(rs.getString("currency")))))
                .list();
        var own = orders.ofMerchant(
                merchant, refunded.stream().map(Refunded::number).distinct().toList());
        var refunds = refunded.stream()
                .filter(refund -> own.contains(refund.number()))
                .toList();
        return new Statement(
                period,
                settled,
                refunds,
                sum(settled.stream().map(Settled::gross).toList()),
                sum(settled.stream().map(Settled::refunded).toList()),
                sum(settled.stream().map(Settled::fee).toList()),
                sum(settled.stream().map(Settled::net).toList()),
                sum(refunds.stream().map(Refunded::amount).toList()));
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.zero(), Money::plus);
    }
}
