package io.escapement.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.money.Money;
import io.escapement.order.OrderId;
import io.escapement.order.OrderNumber;
import io.escapement.party.MerchantId;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The return case's states and every move between them, legal and illegal, without Spring. */
class AfterSalesTests {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final Money PAID = Money.yuan(100_000);

    /** Every move a case knows, by name. */
    static final Map<String, Consumer<ReturnCase>> MOVES = Map.of(
            "accept", c -> c.accept(NOW),
            "refuse", c -> c.refuse("表壳有划痕", NOW),
            "escalate", c -> c.escalate(NOW),
            "acceptOnEscalation", c -> c.acceptOnEscalation("照片显示完好", NOW),
            "upholdRefusal", c -> c.upholdRefusal("划痕属实", NOW),
            "withdraw", c -> c.withdraw(NOW),
            "shipBack", c -> c.shipBack("SF1234567890123", NOW),
            "arrive", c -> c.arrive(NOW),
            "inspect", c -> c.inspect(Inspection.PASSED, null, Party.MERCHANT, NOW),
            "refund", c -> c.refund(Money.yuan(1_000), PAID, Party.MERCHANT, NOW));

    /** Of every state, the moves it allows and the state each leads to; every other move is refused. */
    static final Map<ReturnState, Map<String, ReturnState>> LEGAL = new EnumMap<>(Map.of(
            ReturnState.REQUESTED,
            Map.of("accept", ReturnState.ACCEPTED, "refuse", ReturnState.REFUSED, "withdraw", ReturnState.CLOSED),
            ReturnState.REFUSED,
            Map.of("escalate", ReturnState.ESCALATED, "withdraw", ReturnState.CLOSED),
            ReturnState.ESCALATED,
            Map.of("acceptOnEscalation", ReturnState.ACCEPTED, "upholdRefusal", ReturnState.REFUSAL_UPHELD),
            ReturnState.ACCEPTED,
            Map.of("shipBack", ReturnState.SHIPPED_BACK),
            ReturnState.SHIPPED_BACK,
            Map.of("arrive", ReturnState.ARRIVED),
            ReturnState.ARRIVED,
            Map.of("inspect", ReturnState.INSPECTED),
            ReturnState.INSPECTED,
            Map.of("refund", ReturnState.REFUNDED),
            ReturnState.REFUSAL_UPHELD,
            Map.of(),
            ReturnState.REFUNDED,
            Map.of(),
            ReturnState.CLOSED,
            Map.of()));

    @Test
    void aNewCaseIsRequestedWithTheBuyersReasonOnItsTimeline() {
        var opened = ReturnCase.open(
                new OrderId(1), number(), SubjectId.random(), new MerchantId(2), "  不喜欢表盘颜色 ", true, NOW);

        assertThat(opened.state()).isEqualTo(ReturnState.REQUESTED);
        assertThat(opened.dispute()).isEqualTo(DisputeState.NONE);
        assertThat(opened.reason()).isEqualTo("不喜欢表盘颜色");
        assertThat(opened.holdsOrder()).isTrue();
        assertThat(opened.timeline())
                .singleElement()
                .isEqualTo(new ReturnStep(ReturnStep.Kind.REQUESTED, Party.BUYER, NOW, "不喜欢表盘颜色", null));
    }

    @Test
    void aCaseNeedsAReasonOfBoundedLengthAndTheDeclaration() {
        assertRefused(() -> open(" ", true), "aftersales.reasonRequired");
        assertRefused(() -> open("x".repeat(ReturnCase.MAX_TEXT + 1), true), "aftersales.textTooLong");
        assertRefused(() -> open("不喜欢", false), "aftersales.declarationRequired");
        assertThat(open("x".repeat(ReturnCase.MAX_TEXT), true).reason()).hasSize(ReturnCase.MAX_TEXT);
    }

    @Test
    void everyStateAllowsItsMovesAndRefusesAllOthers() {
        for (var state : ReturnState.values()) {
            var legal = LEGAL.get(state);
            assertThat(legal).as("the table names %s", state).isNotNull();
            for (var move : MOVES.entrySet()) {
                var subject = inState(state);
                var stepsBefore = subject.timeline().size();
                if (legal.containsKey(move.getKey())) {
                    move.getValue().accept(subject);
                    assertThat(subject.state())
                            .as("%s from %s", move.getKey(), state)
                            .isEqualTo(legal.get(move.getKey()));
                    assertThat(subject.timeline()).as("a stored step").hasSize(stepsBefore + 1);
                    assertThat(subject.timeline().get(stepsBefore).at()).isEqualTo(NOW);
                } else {
                    assertThatThrownBy(() -> move.getValue().accept(subject))
                            .as("%s from %s", move.getKey(), state)
                            .isInstanceOf(IllegalReturnTransition.class)
                            .hasMessageStartingWith("aftersales.cannot.");
                    assertThat(subject.state())
                            .as("a refused move changes nothing")
                            .isEqualTo(state);
                    assertThat(subject.timeline()).hasSize(stepsBefore);
                }
            }
        }
    }

    @Test
    void aWholeReturnRunsFromRequestToPartialRefund() {
        var c = open("七天无理由", true);
        c.accept(NOW);
        c.shipBack("SF1234567890123", NOW);
        c.arrive(NOW.plusSeconds(3600));
        c.inspect(Inspection.PASSED, "完好", Party.INSPECTOR, NOW.plusSeconds(7200));
        c.refund(Money.yuan(90_000), PAID, Party.MERCHANT, NOW.plusSeconds(7300));

        assertThat(c.state()).isEqualTo(ReturnState.REFUNDED);
        assertThat(c.refunded()).isEqualTo(Money.yuan(90_000));
        assertThat(c.inspection()).isEqualTo(Inspection.PASSED);
        assertThat(c.holdsOrder()).isFalse();
        assertThat(c.timeline())
                .extracting(ReturnStep::kind)
                .containsExactly(
                        ReturnStep.Kind.REQUESTED,
                        ReturnStep.Kind.ACCEPTED,
                        ReturnStep.Kind.SHIPPED_BACK,
                        ReturnStep.Kind.ARRIVED,
                        ReturnStep.Kind.INSPECTED_PASSED,
                        ReturnStep.Kind.REFUNDED);
        assertThat(c.timeline().get(5).amount()).isEqualTo(Money.yuan(90_000));
    }

    @Test
    void movesRegisterIdsOnlyEventsAndTheLastOneThatFreesTheOrderSaysSo() {
        var c = inState(ReturnState.REQUESTED);
        c.takeEvents(true);
        c.accept(NOW);
        assertThat(c.takeEvents(true)).containsExactly(new ReturnEvents.ReturnAccepted(c.id(), c.order()));
        c.shipBack("SF1234567890123", NOW);
        c.arrive(NOW);
        c.inspect(Inspection.PASSED, null, Party.MERCHANT, NOW);
        assertThat(c.takeEvents(true)).isEmpty();
        c.refund(Money.yuan(10), PAID, Party.MERCHANT, NOW);
        assertThat(c.takeEvents(true))
                .containsExactly(
                        new ReturnEvents.ReturnRefunded(c.id(), c.order()),
                        new ReturnEvents.ReturnCaseFinished(c.id(), c.order()));
    }

    @Test
    void aRefusalCarriesItsReasonAndNeedsOne() {
        var c = open("不喜欢", true);
        assertRefused(() -> c.refuse("  ", NOW), "aftersales.refusalReasonRequired");
        assertRefused(() -> c.refuse("y".repeat(ReturnCase.MAX_TEXT + 1), NOW), "aftersales.textTooLong");
        assertThat(c.state()).isEqualTo(ReturnState.REQUESTED);
        c.refuse("表背有新划痕", NOW);
        assertThat(c.refusal()).isEqualTo("表背有新划痕");
        c.escalate(NOW);
        c.upholdRefusal("照片证实划痕", NOW);
        assertThat(c.state()).isEqualTo(ReturnState.REFUSAL_UPHELD);
        assertThat(c.holdsOrder()).isFalse();
    }

    @Test
    void aFailedInspectionNeedsANoteAndClosesWithoutARefund() {
        var c = inState(ReturnState.ARRIVED);
        assertRefused(() -> c.inspect(Inspection.FAILED, " ", Party.MERCHANT, NOW), "aftersales.noteRequired");
        assertThatThrownBy(() -> c.inspect(Inspection.PASSED, null, Party.BUYER, NOW))
                .isInstanceOf(IllegalReturnTransition.class);
        c.inspect(Inspection.FAILED, "机芯进水", Party.INSPECTOR, NOW);
        assertThat(c.inspection()).isEqualTo(Inspection.FAILED);
        c.close(NOW);
        assertThat(c.state()).isEqualTo(ReturnState.CLOSED);
        assertThatThrownBy(() -> c.close(NOW)).isInstanceOf(IllegalReturnTransition.class);
    }

    @Test
    void aRefundIsPositiveAndAtMostWhatIsRefundable() {
        for (var amount : List.of(Money.zero(), Money.fen(-1), PAID.plus(Money.fen(1)))) {
            var c = inState(ReturnState.INSPECTED);
            assertRefused(() -> c.refund(amount, PAID, Party.MERCHANT, NOW), "aftersales.refundTooLarge");
            assertThat(c.state()).isEqualTo(ReturnState.INSPECTED);
            assertThat(c.refunded()).isEqualTo(Money.zero());
        }
        var c = inState(ReturnState.INSPECTED);
        assertRefused(
                () -> c.refund(Money.yuan(600), Money.yuan(500), Party.MERCHANT, NOW), "aftersales.refundTooLarge");
        c.refund(PAID, PAID, Party.MERCHANT, NOW);
        assertThat(c.refunded()).isEqualTo(PAID);
    }

    @Test
    void aDisputeOpensOnceUntilSettlementHoldsTheOrderAndCustomerServiceResolvesIt() {
        var c = inState(ReturnState.REFUSAL_UPHELD);
        assertThat(c.holdsOrder()).isFalse();
        assertThatThrownBy(() -> c.openDispute(Party.BUYER, "不服", true, NOW))
                .as("not after settlement")
                .isInstanceOf(IllegalReturnTransition.class);
        assertThatThrownBy(() -> c.openDispute(Party.CUSTOMER_SERVICE, "不服", false, NOW))
                .isInstanceOf(IllegalReturnTransition.class);
        assertThatThrownBy(() -> c.resolveDispute("无", NOW)).isInstanceOf(IllegalReturnTransition.class);
        assertThatThrownBy(() -> c.refund(Money.yuan(1), PAID, Party.CUSTOMER_SERVICE, NOW))
                .as("no refund of a finished case without a dispute")
                .isInstanceOf(IllegalReturnTransition.class);

        c.openDispute(Party.BUYER, "划痕是运输造成的", false, NOW);
        assertThat(c.dispute()).isEqualTo(DisputeState.OPEN);
        assertThat(c.holdsOrder()).isTrue();
        assertThatThrownBy(() -> c.openDispute(Party.MERCHANT, "再次", false, NOW))
                .isInstanceOf(IllegalReturnTransition.class);
        assertThatThrownBy(() -> c.refund(Money.yuan(1), PAID, Party.MERCHANT, NOW))
                .as("only customer service refunds on a dispute")
                .isInstanceOf(IllegalReturnTransition.class);

        c.refund(Money.yuan(2_000), PAID, Party.CUSTOMER_SERVICE, NOW);
        assertThat(c.state()).isEqualTo(ReturnState.REFUNDED);
        assertThat(c.dispute()).isEqualTo(DisputeState.RESOLVED);
        assertThat(c.holdsOrder()).isFalse();

        var other = inState(ReturnState.ARRIVED);
        other.openDispute(Party.MERCHANT, "买家寄回的不是原表", false, NOW);
        other.resolveDispute("核实为原表", NOW);
        assertThat(other.dispute()).isEqualTo(DisputeState.RESOLVED);
        assertThat(other.holdsOrder()).as("the return itself is still open").isTrue();
    }

    /** A saved case brought to {@code state} by its legal moves. */
    static ReturnCase inState(ReturnState state) {
        var c = saved(open("七天无理由", true));
        switch (state) {
            case REQUESTED -> {}
            case REFUSED -> c.refuse("有划痕", NOW);
            case ESCALATED -> {
                c.refuse("有划痕", NOW);
                c.escalate(NOW);
            }
            case REFUSAL_UPHELD -> {
                c.refuse("有划痕", NOW);
                c.escalate(NOW);
                c.upholdRefusal("属实", NOW);
            }
            case CLOSED -> c.withdraw(NOW);
            default -> {
                c.accept(NOW);
                var path = List.of(
                        ReturnState.SHIPPED_BACK, ReturnState.ARRIVED, ReturnState.INSPECTED, ReturnState.REFUNDED);
                for (var next : path.subList(0, Math.max(0, path.indexOf(state) + 1))) {
                    switch (next) {
                        case SHIPPED_BACK -> c.shipBack("SF1234567890123", NOW);
                        case ARRIVED -> c.arrive(NOW);
                        case INSPECTED -> c.inspect(Inspection.PASSED, null, Party.MERCHANT, NOW);
                        default -> c.refund(PAID, PAID, Party.MERCHANT, NOW);
                    }
                }
            }
        }
        assertThat(c.state()).isEqualTo(state);
        return c;
    }

    static ReturnCase saved(ReturnCase c) {
        return new ReturnCase(
                new ReturnCaseId(7),
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
                0);
    }

    static ReturnCase open(String reason, boolean declared) {
        return ReturnCase.open(new OrderId(1), number(), SubjectId.random(), new MerchantId(2), reason, declared, NOW);
    }

    static OrderNumber number() {
        return OrderNumber.next(java.time.LocalDate.of(2026, 12, 1));
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(ReturnRefused.class).hasMessage(code);
    }
}
