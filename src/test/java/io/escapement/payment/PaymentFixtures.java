package io.escapement.payment;

import io.escapement.money.Money;
import io.escapement.order.OrderNumber;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds part of a paid order through the payment module's own refund path (the provider takes it
 * after the commit), for tests, until after-sales decides refunds of paid orders.
 */
public final class PaymentFixtures {

    private final Charges charges;
    private final Refunds refunds;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public PaymentFixtures(ApplicationContext context) {
        this.charges = context.getBean(Charges.class);
        this.refunds = context.getBean(Refunds.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.transactions = context.getBean(TransactionTemplate.class);
    }

    /** Decides that {@code amount} of the order's payment goes back; the provider takes it after the commit. */
    public void refund(OrderNumber order, Money amount) {
        transactions.executeWithoutResult(status -> {
            var charge = jdbc.sql("select id from payment.charge where order_number = :order and pays_order")
                    .param("order", order.value())
                    .query(Long.class)
                    .single();
            refunds.request(charges.find(new ChargeId(charge)).orElseThrow(), amount, "测试退款");
        });
    }

    /** Refunds of the order the provider has not taken yet. */
    public long outstanding(OrderNumber order) {
        return jdbc.sql("""
                        select count(*) from payment.refund r join payment.charge c on c.id = r.charge_id
                        where c.order_number = :order and r.state = 'REQUESTED'""").param("order", order.value()).query(Long.class).single();
    }
}
