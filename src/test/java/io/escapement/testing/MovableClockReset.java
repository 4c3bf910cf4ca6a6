package io.escapement.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Brings a context's {@link MovableClock} up to the present after each test that set it into the
 * past (a late evening last night, say), so the next test class that shares the cached context
 * does not live before the data the context made at start. A clock moved forward stays where it
 * is: tests that share it moved it past what they wrote (an hour of SMS budget, a week of popular
 * searches), and moving it back would bring that back. Registered for every test in {@code
 * META-INF/spring.factories}.
 */
public class MovableClockReset implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext context) {
        if (context.hasApplicationContext()) {
            context.getApplicationContext().getBeanProvider(MovableClock.class).ifAvailable(clock -> {
                var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                if (clock.instant().isBefore(now)) {
                    clock.set(now);
                }
            });
        }
    }
}
