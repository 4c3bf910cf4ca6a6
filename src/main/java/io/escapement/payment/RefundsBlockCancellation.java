package io.escapement.payment;

import io.escapement.account.spi.CancellationBlocker;
import io.escapement.order.BuyerOrders;
import io.escapement.order.OrderNumber;
import io.escapement.vault.SubjectId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An account cannot be cancelled while money is on its way back to it (U-11): a refund its
 * provider has not taken yet would have nobody to reach.
 */
@Component
class RefundsBlockCancellation implements CancellationBlocker {

    private final BuyerOrders orders;
    private final JdbcClient jdbc;

    RefundsBlockCancellation(BuyerOrders orders, JdbcClient jdbc) {
        this.orders = orders;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> blockers(SubjectId account) {
        var numbers = orders.numbers(account).stream().map(OrderNumber::value).toList();
        if (numbers.isEmpty()) {
            return List.of();
        }
        long pending = jdbc.sql("""
                        select count(*) from payment.refund r join payment.charge c on c.id = r.charge_id
                        where r.state = 'REQUESTED' and c.order_number in (:numbers)""").param("numbers", numbers).query(Long.class).single();
        return pending > 0 ? List.of("cancel.blocker.refundPending") : List.of();
    }
}
