package io.escapement.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    /** Built once on start-up from the declarations in the application's classes. */
    @Bean
    DataMap dataMap() {
        return DataMap.scan("io.escapement");
    }

    /**
     * Personal-information values render masked in every JSON response (C-14); code that must send
     * a full value, such as the subject's own view after re-authentication, sends it explicitly as
     * text.
     */
    @Bean
    JacksonModule maskingModule() {
        return new SimpleModule("masking").addSerializer(Masked.class, new MaskedSerializer());
    }

    private static final class MaskedSerializer extends StdSerializer<Masked> {

        MaskedSerializer() {
            super(Masked.class);
        }

        @Override
        public void serialize(Masked value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.masked());
        }
    }
}
