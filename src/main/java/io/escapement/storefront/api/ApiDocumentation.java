package io.escapement.storefront.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's front page, served at {@code /v3/api-docs} and {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI escapementApi() {
        return new OpenAPI()
                .info(new Info().title("Escapement API").version("v1").description("""
                                The API of the Escapement mobile apps. Names come in Chinese and English; prices are \
                                whole yuan (CNY); serial numbers are only ever shown masked. Errors are RFC 9457 \
                                problem details (application/problem+json)."""));
    }
}
