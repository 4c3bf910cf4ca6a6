package io.escapement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Escapement marketplace: one deployable, one module per business capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EscapementApplication {

    public static void main(String[] args) {
        SpringApplication.run(EscapementApplication.class, args);
    }
}
