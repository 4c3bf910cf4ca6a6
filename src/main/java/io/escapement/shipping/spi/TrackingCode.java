package io.escapement.shipping.spi;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a parcel is, as SF Express's route push says it with its opCode. How a code moves a
 * shipment is the shipment's rule ({@code shipping.ShipmentState#after}): forward only, and an
 * exception is shown but moves nothing.
 */
public enum TrackingCode {
    EXCEPTION("33"),
    PICKED_UP("50"),
    IN_TRANSIT("30"),
    OUT_FOR_DELIVERY("44"),
    DELIVERED("80");

    private final String opCode;

    TrackingCode(String opCode) {
        this.opCode = opCode;
    }

    public String opCode() {
        return opCode;
    }

    public static Optional<TrackingCode> ofOpCode(String opCode) {
        return Arrays.stream(values())
                .filter(code -> code.opCode.equals(opCode))
                .findFirst();
    }
}
