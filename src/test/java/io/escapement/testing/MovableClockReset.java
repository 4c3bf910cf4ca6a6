package io.escapement.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts a context's {@link MovableClock} back to the present after each test, so a test that moves
 * it (to a late evening, or past a regret period) does not move the next test class that shares the
 * cached context. Registered for every test in {@code META-INF/spring.factories}.
 */
public class MovableClockReset implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext context) {
        if (context.hasApplicationContext()) {
            context.getApplicationContext()
                    .getBeanProvider(MovableClock.class)
                    .ifAvailable(clock -> clock.set(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        }
    }
}
