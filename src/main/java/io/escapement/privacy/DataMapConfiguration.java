package io.escapement.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataMapConfiguration {

    /** Built once on start-up from the declarations in the application's classes. */
    @Bean
    DataMap dataMap() {
        return DataMap.scan("io.escapement");
    }
}
