package io.escapement.shipping.spi;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a parcel is, as SF Express's route push says it with its opCode. The rank orders them: a
 * shipment only moves to a higher rank, so an older event arriving late never moves it back. An
 * exception has rank 0: it is shown, but moves nothing.
 */
public enum TrackingCode {
    EXCEPTION("33", 0),
    PICKED_UP("50", 1),
    IN_TRANSIT("30", 2),
    OUT_FOR_DELIVERY("44", 3),
    DELIVERED("80", 4);

    private final String opCode;
    private final int rank;

    TrackingCode(String opCode, int rank) {
        this.opCode = opCode;
        this.rank = rank;
    }

    public String opCode() {
        return opCode;
    }

    public int rank() {
        return rank;
    }

    public static Optional<TrackingCode> ofOpCode(String opCode) {
        return Arrays.stream(values())
                .filter(code -> code.opCode.equals(opCode))
                .findFirst();
    }
}
