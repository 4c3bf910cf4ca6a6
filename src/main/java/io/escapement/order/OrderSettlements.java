package io.escapement.order;

import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.util.Collection;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the payment module needs to settle an order with its merchant (ADR 46): the merchant, the
 * total and what went back to the buyer. Ids and amounts only, never the buyer.
 */
@Service
public class OrderSettlements {

    /**
     * A paid order's money.
     *
     * @param total what the buyer paid: price and shipping
     * @param refunded what of it the order records as given back
     */
    /**
     * A paid order's money.
     *
     * @param due whether its settlement is due: received, its return window over and no after-sales
     *     case open ({@code ReceiptDeadlines} marks it so)
     */
    public record Settleable(
            OrderId order, OrderNumber number, MerchantId merchant, Money total, Money refunded, boolean due) {}

    private final JdbcClient jdbc;

    OrderSettlements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order's money when it was paid (confirmed); empty for an unpaid, closed or unknown order. */
    @Transactional(readOnly = true)
    public Optional<Settleable> find(OrderId id) {
        return jdbc.sql("""
                        select id, number, merchant_id, currency, price_fen, shipping_fee_fen, refunded_fen,
                            settlement_due_at is not null as due
                        from orders.buyer_order where id = :id and checkout = 'CONFIRMED'""")
                .param("id", id.value())
                .query((rs, row) -> {
                    var currency = Currency.getInstance(rs.getString("currency"));
                    return new Settleable(
                            new OrderId(rs.getLong("id")),
                            new OrderNumber(rs.getString("number")),
                            new MerchantId(rs.getLong("merchant_id")),
                            new Money(rs.getLong("price_fen") + rs.getLong("shipping_fee_fen"), currency),
                            new Money(rs.getLong("refunded_fen"), currency),
                            rs.getBoolean("due"));
                })
                .optional();
    }

    /** Of {@code numbers}, those of paid orders of watches {@code merchant} sells. */
    @Transactional(readOnly = true)
    public Set<OrderNumber> ofMerchant(MerchantId merchant, Collection<OrderNumber> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return jdbc
                .sql("""
                        select number from orders.buyer_order
                        where merchant_id = :merchant and checkout = 'CONFIRMED' and number = any(:numbers)""")
                .param("merchant", merchant.value())
                // one array parameter, however many numbers: an IN list of a month's refunds could pass the
                // driver's limit of bind parameters
                .param("numbers", numbers.stream().map(OrderNumber::value).toArray(String[]::new))
                .query(String.class)
                .list()
                .stream()
                .map(OrderNumber::new)
                .collect(Collectors.toSet());
    }
}
