package io.escapement.order.web;

import io.escapement.money.Money;
import io.escapement.order.Order;
import io.escapement.order.Step;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An order as the buyer's apps read it: amounts in fen with their display, times in ISO-8601. */
record OrderView(
        String number,
        long listingId,
        Amount price,
        Amount shippingFee,
        Amount total,
        Amount refunded,
        String checkout,
        String payment,
        String fulfilment,
        OffsetDateTime reservedUntil,
        boolean payable,
        List<StepView> timeline) {

    record Amount(long fen, String display) {
        static Amount of(Money money) {
            return new Amount(money.minor(), money.formatted());
        }
    }

    record StepView(
            String kind, OffsetDateTime at, @Nullable Amount amount) {}

    static OrderView of(Order order, Instant now) {
        return new OrderView(
                order.number().value(),
                order.listing().value(),
                Amount.of(order.price()),
                Amount.of(order.shippingFee()),
                Amount.of(order.total()),
                Amount.of(order.refunded()),
                order.checkout().name(),
                order.payment().name(),
                order.fulfilment().name(),
                beijing(order.reservedUntil()),
                order.payableAt(now),
                order.timeline().stream().map(OrderView::step).toList());
    }

    private static StepView step(Step step) {
        return new StepView(
                step.kind().name(), beijing(step.at()), step.amount() == null ? null : Amount.of(step.amount()));
    }

    private static OffsetDateTime beijing(Instant at) {
        return at.atOffset(ZoneOffset.ofHours(8));
    }
}
