package io.escapement.shipping;

import static io.escapement.shipping.ShipmentState.BOOKED;
import static io.escapement.shipping.ShipmentState.BOOKING;
import static io.escapement.shipping.ShipmentState.DELIVERED;
import static io.escapement.shipping.ShipmentState.IN_TRANSIT;
import static io.escapement.shipping.ShipmentState.OUT_FOR_DELIVERY;
import static io.escapement.shipping.ShipmentState.PICKED_UP;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.shipping.spi.TrackingCode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipment's state machine, every state against every tracking code: forward only. */
class ShipmentStateTests {

    /** Where each code leads from each state; a missing pair moves nothing. */
    private static final Map<ShipmentState, Map<TrackingCode, ShipmentState>> MOVES = Map.of(
            BOOKING, Map.of(),
            BOOKED,
                    Map.of(
                            TrackingCode.PICKED_UP, PICKED_UP,
                            TrackingCode.IN_TRANSIT, IN_TRANSIT,
                            TrackingCode.OUT_FOR_DELIVERY, OUT_FOR_DELIVERY,
                            TrackingCode.DELIVERED, DELIVERED),
            PICKED_UP,
                    Map.of(
                            TrackingCode.IN_TRANSIT, IN_TRANSIT,
                            TrackingCode.OUT_FOR_DELIVERY, OUT_FOR_DELIVERY,
                            TrackingCode.DELIVERED, DELIVERED),
            IN_TRANSIT, Map.of(TrackingCode.OUT_FOR_DELIVERY, OUT_FOR_DELIVERY, TrackingCode.DELIVERED, DELIVERED),
            OUT_FOR_DELIVERY, Map.of(TrackingCode.DELIVERED, DELIVERED),
            DELIVERED, Map.of());

    @Test
    void everyStateMovesForwardOnlyAndAnExceptionMovesNothing() {
        assertThat(MOVES).containsOnlyKeys(ShipmentState.values());
        for (var state : ShipmentState.values()) {
            for (var code : TrackingCode.values()) {
                assertThat(state.after(code))
                        .as("%s after %s", state, code)
                        .isEqualTo(Optional.ofNullable(MOVES.get(state).get(code)));
            }
        }
    }

    @Test
    void aParcelBeingBookedHasNoWaybillSoNoEventMovesIt() {
        for (var code : TrackingCode.values()) {
            assertThat(BOOKING.after(code)).isEmpty();
        }
    }
}
