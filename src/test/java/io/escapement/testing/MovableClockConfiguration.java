package io.escapement.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Import into a Spring test to replace the application's clock with one the test moves forward. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        // PostgreSQL keeps microseconds.
        return new MovableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
