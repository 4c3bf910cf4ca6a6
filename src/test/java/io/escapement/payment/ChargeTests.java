package io.escapement.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.money.Money;
import io.escapement.order.OrderNumber;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A charge's whole table of moves, and the refund arithmetic, without Spring. */
class ChargeTests {

    static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    static final OrderNumber ORDER = new OrderNumber("20261204-K7QM2XD9");

    @Test
    void aNewChargeIsPaidOnceAndPublishesIt() {
        var charge = stored(ChargeState.CREATED, Money.zero());

        charge.paid("T1", NOW);

        assertThat(charge.state()).isEqualTo(ChargeState.PAID);
        assertThat(charge.transaction()).isEqualTo("T1");
        assertThat(charge.takeEvents()).containsExactly(new PaymentEvents.ChargePaid(new ChargeId(1), ORDER));
        assertThatThrownBy(() -> charge.paid("T2", NOW)).isInstanceOf(IllegalChargeTransition.class);
        assertThatThrownBy(() -> charge.failed(NOW)).isInstanceOf(IllegalChargeTransition.class);
    }

    @Test
    void refundsAddUpToTheAmountAndNoFurther() {
        var charge = stored(ChargeState.PAID, Money.zero());

        charge.refunded(Money.fen(4_000));
        assertThat(charge.state()).isEqualTo(ChargeState.PARTLY_REFUNDED);
        assertThatThrownBy(() -> charge.refunded(Money.fen(6_001))).isInstanceOf(IllegalChargeTransition.class);
        assertThatThrownBy(() -> charge.refunded(Money.zero())).isInstanceOf(IllegalChargeTransition.class);
        charge.refunded(Money.fen(6_000));

        assertThat(charge.state()).isEqualTo(ChargeState.REFUNDED);
        assertThat(charge.refunded()).isEqualTo(Money.fen(10_000));
        assertThatThrownBy(() -> charge.refunded(Money.fen(1))).isInstanceOf(IllegalChargeTransition.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = ChargeState.class,
            names = {"FAILED", "REFUNDED"})
    void aSettledChargeWithoutMoneyMovesNoMore(ChargeState state) {
        var charge = stored(state, state == ChargeState.REFUNDED ? Money.fen(10_000) : Money.zero());

        assertThatThrownBy(() -> charge.paid("T", NOW)).isInstanceOf(IllegalChargeTransition.class);
        assertThatThrownBy(() -> charge.failed(NOW)).isInstanceOf(IllegalChargeTransition.class);
        assertThatThrownBy(() -> charge.refunded(Money.fen(1))).isInstanceOf(IllegalChargeTransition.class);
    }

    @Test
    void aChargeThatTookNoMoneyCannotBeRefunded() {
        assertThatThrownBy(() -> stored(ChargeState.CREATED, Money.zero()).refunded(Money.fen(1)))
                .isInstanceOf(IllegalChargeTransition.class);
    }

    @Test
    void theTableAllowsExactlyTheDocumentedMoves() {
        var allowed = EnumSet.noneOf(ChargeState.class);
        for (var to : ChargeState.values()) {
            if (ChargeState.CREATED.mayMoveTo(to)) {
                allowed.add(to);
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder(ChargeState.PAID, ChargeState.FAILED);
        assertThat(ChargeState.PAID.mayMoveTo(ChargeState.CREATED)).isFalse();
        assertThat(ChargeState.PAID.holdsMoney()).isTrue();
        assertThat(ChargeState.REFUNDED.holdsMoney()).isFalse();
    }

    @Test
    void aChargeTakesOnlyAPositiveAmount() {
        assertThatThrownBy(() -> Charge.create("P0000000000000001", "sandbox", ORDER, Money.zero(), NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Charge stored(ChargeState state, Money refunded) {
        return new Charge(
                new ChargeId(1),
                "P0000000000000001",
                "sandbox",
                ORDER,
                Money.fen(10_000),
                NOW,
                NOW.plusSeconds(900),
                state,
                refunded,
                state == ChargeState.CREATED || state == ChargeState.FAILED ? null : "T0",
                null,
                0);
    }
}
