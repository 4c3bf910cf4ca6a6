package io.escapement.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.order.BuyerOrders;
import io.escapement.order.Order;
import io.escapement.order.PaymentState;
import io.escapement.payment.Payments;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationContext;

/**
 * Pays an order through the sandbox provider, over the running server's HTTP port, for tests in
 * other packages (which cannot see the sandbox bank): the charge, the signed callback and the
 * payment journal are the real ones.
 */
public final class SandboxPurchases {

    private final Payments payments;
    private final SandboxBank bank;
    private final BuyerOrders orders;

    public SandboxPurchases(ApplicationContext context) {
        this.payments = context.getBean(Payments.class);
        this.bank = context.getBean(SandboxBank.class);
        this.orders = context.getBean(BuyerOrders.class);
    }

    /** Pays the order in full and waits until the order is paid. */
    public Order pay(Order order) {
        var start = payments.start(order.buyer(), order.number(), "sandbox");
        var target = start.target().toString();
        var token = URLDecoder.decode(target.substring(target.indexOf("order=") + 6), StandardCharsets.UTF_8);
        bank.settle(bank.open(token).orElseThrow(), SandboxBank.Outcome.PAID, SandboxBank.Delivery.ON_TIME);
        SandboxPaymentTests.await(
                () -> orders.find(order.buyer(), order.number()).orElseThrow().payment() == PaymentState.PAID);
        var paid = orders.find(order.buyer(), order.number()).orElseThrow();
        assertThat(paid.payment()).isEqualTo(PaymentState.PAID);
        return paid;
    }
}
