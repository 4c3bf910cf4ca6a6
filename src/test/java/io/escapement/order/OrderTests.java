package io.escapement.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import io.escapement.testing.Bundles;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order's three states and every move between them, without Spring. */
class OrderTests {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final Money PRICE = Money.yuan(128_000);
    static final Money FEE = Money.yuan(50);
    static final Money TOTAL = PRICE.plus(FEE);
    static final ShipTo SHIP_TO = new ShipTo(SubjectId.random(), "440000", "440300", "440305", "广东省深圳市南山区", null);

    @Test
    void aPlacedOrderAwaitsPaymentWithNothingToShip() {
        var order = Order.place(
                OrderNumber.next(LocalDate.of(2026, 12, 3)),
                SubjectId.random(),
                new ListingId(7),
                UUID.randomUUID(),
                SHIP_TO,
                PRICE,
                FEE,
                NOW,
                NOW.plusSeconds(900));

        assertThat(order.checkout()).isEqualTo(CheckoutState.PLACED);
        assertThat(order.payment()).isEqualTo(PaymentState.AWAITING);
        assertThat(order.fulfilment()).isEqualTo(FulfilmentState.NOT_READY);
        assertThat(order.total()).isEqualTo(Money.yuan(128_050));
        assertThat(order.timeline()).extracting(Step::kind).containsExactly(Step.Kind.PLACED);
        assertThat(order.payableAt(NOW.plusSeconds(899))).isTrue();
        assertThat(order.payableAt(NOW.plusSeconds(900))).isFalse();
    }

    /** Every state an order can reach, each move tried from it: the states after, or the refusal. */
    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({
        "placed,    pay,           CONFIRMED, PAID,            AWAITING_SHIPMENT,",
        "placed,    lapse,         CLOSED,    AWAITING,        NOT_READY,",
        "placed,    cancel,        CLOSED,    AWAITING,        NOT_READY,",
        "placed,    refundPart,    ,          ,                ,                  order.cannot.refund",
        "placed,    refundAll,     ,          ,                ,                  order.cannot.refund",
        "paid,      pay,           ,          ,                ,                  order.cannot.pay",
        "paid,      lapse,         ,          ,                ,                  order.cannot.close",
        "paid,      cancel,        ,          ,                ,                  order.cannot.close",
        "paid,      refundPart,    CONFIRMED, PARTLY_REFUNDED, AWAITING_SHIPMENT,",
        "paid,      refundAll,     CONFIRMED, REFUNDED,        AWAITING_SHIPMENT,",
        "closed,    pay,           ,          ,                ,                  order.cannot.pay",
        "closed,    lapse,         ,          ,                ,                  order.cannot.close",
        "closed,    cancel,        ,          ,                ,                  order.cannot.close",
        "closed,    refundPart,    ,          ,                ,                  order.cannot.refund",
        "partly,    pay,           ,          ,                ,                  order.cannot.pay",
        "partly,    cancel,        ,          ,                ,                  order.cannot.close",
        "partly,    refundPart,    CONFIRMED, REFUNDED,        AWAITING_SHIPMENT,",
        "partly,    refundAll,     ,          ,                ,                  order.refundTooLarge",
        "refunded,  pay,           ,          ,                ,                  order.cannot.pay",
        "refunded,  refundPart,    ,          ,                ,                  order.cannot.refund",
        "placed,    ship,          ,          ,                ,                  order.cannot.ship",
        "placed,    receive,       ,          ,                ,                  order.cannot.receive",
        "paid,      ship,          CONFIRMED, PAID,            SHIPPED,",
        "paid,      deliver,       ,          ,                ,                  order.cannot.deliver",
        "paid,      receive,       ,          ,                ,                  order.cannot.receive",
        "closed,    ship,          ,          ,                ,                  order.cannot.ship",
        "shipped,   ship,          ,          ,                ,                  order.cannot.ship",
        "shipped,   deliver,       CONFIRMED, PAID,            DELIVERED,",
        "shipped,   receive,       CONFIRMED, PAID,            RECEIVED,",
        "shipped,   receiveAuto,   CONFIRMED, PAID,            RECEIVED,",
        "delivered, deliver,       ,          ,                ,                  order.cannot.deliver",
        "delivered, receive,       CONFIRMED, PAID,            RECEIVED,",
        "delivered, receiveAuto,   CONFIRMED, PAID,            RECEIVED,",
        "received,  receive,       ,          ,                ,                  order.cannot.receive",
        "received,  deliver,       ,          ,                ,                  order.cannot.deliver",
        "received,  ship,          ,          ,                ,                  order.cannot.ship",
        "returned,  receive,       ,          ,                ,                  order.cannot.receive",
        "returned,  receiveAuto,   ,          ,                ,                  order.cannot.receive",
    })
    void movesAsTheTableSays(
            String from, String move, String checkout, String payment, String fulfilment, String refusal) {
        var order = in(from);
        var before = order.timeline().size();
        Consumer<Order> moving = moves(move);

        if (refusal != null) {
            assertThatThrownBy(() -> moving.accept(order))
                    .isInstanceOf(IllegalOrderTransition.class)
                    .hasMessage(refusal);
            assertThat(order.timeline()).hasSize(before);
            assertThat(order.takeEvents()).isEmpty();
            return;
        }
        moving.accept(order);
        assertThat(order.checkout()).isEqualTo(CheckoutState.valueOf(checkout));
        assertThat(order.payment()).isEqualTo(PaymentState.valueOf(payment));
        assertThat(order.fulfilment()).isEqualTo(FulfilmentState.valueOf(fulfilment));
        assertThat(order.timeline()).hasSize(before + 1);
        assertThat(order.takeEvents())
                .hasSize(1)
                .allSatisfy(event -> assertThat(event.order()).isEqualTo(order.id()));
    }

    @Test
    void refusesAPaymentOfAnotherAmountInTheBuyersWords() {
        var order = in("placed");

        assertThatThrownBy(() -> order.pay(PRICE, NOW))
                .isInstanceOf(IllegalOrderTransition.class)
                .satisfies(refused -> assertThat(Bundles.english(refused))
                        .isEqualTo("The payment of ¥128,000 does not match the order's total of ¥128,050."))
                .satisfies(
                        refused -> assertThat(Bundles.chinese(refused)).isEqualTo("付款金额 ¥128,000 与订单总额 ¥128,050 不符。"));
        assertThat(order.payment()).isEqualTo(PaymentState.AWAITING);
    }

    @Test
    void recordsEachMoveOnTheTimelineWithItsTimeAndAmount() {
        var order = in("placed");
        order.pay(TOTAL, NOW.plusSeconds(60));
        order.refund(Money.yuan(50), NOW.plusSeconds(120));

        assertThat(order.timeline())
                .extracting(Step::kind, Step::at, Step::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Step.Kind.PLACED, NOW, null),
                        org.assertj.core.groups.Tuple.tuple(Step.Kind.PAID, NOW.plusSeconds(60), TOTAL),
                        org.assertj.core.groups.Tuple.tuple(Step.Kind.REFUNDED, NOW.plusSeconds(120), Money.yuan(50)));
        assertThat(order.refunded()).isEqualTo(Money.yuan(50));
    }

    @Test
    void numbersReadWellAndTellNothingOfVolume() {
        var day = LocalDate.of(2026, 12, 3);
        var numbers = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> OrderNumber.next(day).value())
                .toList();

        assertThat(numbers).allMatch(number -> number.matches("20261203-[0-9A-HJKMNP-TV-Z]{8}"));
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(OrderNumber.parse(" 20261203-k7qm2xd9 ")).contains(new OrderNumber("20261203-K7QM2XD9"));
        assertThat(OrderNumber.parse("20261203-K7QM2XDI")).isEmpty();
        assertThat(OrderNumber.parse("1; drop table")).isEmpty();
    }

    /** An order with an id in the named state: placed, paid, closed, partly (refunded) or refunded. */
    @Test
    void aReturnMayBeOpenedFromDeliveryUntilTheWindowIsOver() {
        var week = java.time.Duration.ofDays(7);
        assertThat(in("shipped").returnableAt(NOW, week))
                .as("not delivered yet")
                .isFalse();
        assertThat(in("delivered").returnableAt(NOW.plus(week), week))
                .as("the last moment")
                .isTrue();
        assertThat(in("delivered").returnableAt(NOW.plus(week).plusSeconds(1), week))
                .isFalse();
        assertThat(in("received").returnableAt(NOW.plus(java.time.Duration.ofDays(3)), week))
                .isTrue();
    }

    private static Order in(String state) {
        var order = new Order(
                new OrderId(42),
                new OrderNumber("20261203-K7QM2XD9"),
                SubjectId.random(),
                new ListingId(7),
                UUID.randomUUID(),
                SHIP_TO,
                PRICE,
                FEE,
                NOW.plusSeconds(900),
                CheckoutState.PLACED,
                PaymentState.AWAITING,
                FulfilmentState.NOT_READY,
                Money.zero(),
                List.of(new Step(Step.Kind.PLACED, NOW, null)),
                1);
        switch (state) {
            case "placed" -> {}
            case "paid" -> order.pay(TOTAL, NOW);
            case "closed" -> order.close(ClosedBecause.RESERVATION_LAPSED, NOW);
            case "partly" -> {
                order.pay(TOTAL, NOW);
                order.refund(PRICE, NOW);
            }
            case "refunded" -> {
                order.pay(TOTAL, NOW);
                order.refund(TOTAL, NOW);
            }
            case "shipped" -> {
                order.pay(TOTAL, NOW);
                order.ship(NOW);
            }
            case "delivered" -> {
                order.pay(TOTAL, NOW);
                order.ship(NOW);
                order.deliver(NOW);
            }
            case "returned" -> {
                order.pay(TOTAL, NOW);
                order.ship(NOW);
                order.deliver(NOW);
                order.refund(TOTAL, NOW);
            }
            case "received" -> {
                order.pay(TOTAL, NOW);
                order.ship(NOW);
                order.deliver(NOW);
                order.confirmReceipt(NOW, ReceivedBy.BUYER);
            }
            default -> throw new IllegalArgumentException(state);
        }
        order.takeEvents();
        return order;
    }

    private static Consumer<Order> moves(String move) {
        return switch (move) {
            case "pay" -> order -> order.pay(TOTAL, NOW);
            case "lapse" -> order -> order.close(ClosedBecause.RESERVATION_LAPSED, NOW);
            case "cancel" -> order -> order.close(ClosedBecause.CANCELLED_BY_BUYER, NOW);
            case "refundPart" -> order -> order.refund(FEE, NOW);
            case "refundAll" -> order -> order.refund(TOTAL, NOW);
            case "ship" -> order -> order.ship(NOW);
            case "deliver" -> order -> order.deliver(NOW);
            case "receive" -> order -> order.confirmReceipt(NOW, ReceivedBy.BUYER);
            case "receiveAuto" -> order -> order.confirmReceipt(NOW, ReceivedBy.AUTOMATICALLY);
            default -> throw new IllegalArgumentException(move);
        };
    }
}
