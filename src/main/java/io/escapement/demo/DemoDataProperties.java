package io.escapement.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled generate demo data on start-up
 * @param listings number of demo listings to have; missing ones are generated on start-up, so
 *     raising it and restarting adds more
 * @param seed listing {@code i} is the same watch for the same seed, whatever the count
 */
@ConfigurationProperties("escapement.demo")
public record DemoDataProperties(boolean enabled, int listings, long seed) {

    public DemoDataProperties {
        if (listings < 0) {
            throw new IllegalArgumentException("escapement.demo.listings cannot be negative");
        }
    }
}
