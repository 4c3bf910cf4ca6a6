package io.escapement.visual;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many of the shop's requests are being served at this moment (counted by a servlet filter
 * around every request). Background photo indexing steps aside while there are any.
 */
@Component
public class ShopTraffic {

    private final AtomicInteger inFlight = new AtomicInteger();

    /** A request has arrived; every call is followed by one {@link #requestFinished()}. */
    public void requestStarted() {
        inFlight.incrementAndGet();
    }

    /** A request has been answered. */
    public void requestFinished() {
        inFlight.decrementAndGet();
    }

    /** Whether a request is being served. */
    boolean busy() {
        return inFlight.get() > 0;
    }
}
