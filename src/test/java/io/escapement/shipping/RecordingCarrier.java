package io.escapement.shipping;

import io.escapement.shipping.sandbox.SandboxCarrier;
import io.escapement.shipping.spi.Carrier;
import io.escapement.shipping.spi.CarrierUnavailable;
import io.escapement.shipping.spi.PickupRequest;
import io.escapement.shipping.spi.VerifiedPush;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The sandbox carrier with a record of the pickups it was asked for, to see what the carrier got. */
class RecordingCarrier implements Carrier {

    final List<PickupRequest> bookings = new CopyOnWriteArrayList<>();

    /** When set, the next booking fails as an unreachable carrier's would. */
    final AtomicBoolean failNextBooking = new AtomicBoolean();

    private final SandboxCarrier sandbox;

    RecordingCarrier(SandboxCarrier sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public String id() {
        return sandbox.id();
    }

    @Override
    public String name() {
        return sandbox.name();
    }

    @Override
    public String recipient() {
        return sandbox.recipient();
    }

    @Override
    public String book(PickupRequest request) {
        if (failNextBooking.getAndSet(false)) {
            throw new CarrierUnavailable("connection reset (as the test asked)");
        }
        bookings.add(request);
        return sandbox.book(request);
    }

    @Override
    public VerifiedPush verify(Map<String, String> headers, byte[] body) {
        return sandbox.verify(headers, body);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        RecordingCarrier recordingCarrier(SandboxCarrier sandbox) {
            return new RecordingCarrier(sandbox);
        }
    }
}
