package io.escapement.vault;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.signature.SignatureConfig;
import io.escapement.privacy.DataMap;
import io.escapement.vault.spi.AccessRecorder;
import io.escapement.vault.spi.ConsentCheck;
import io.escapement.vault.spi.DataKeyStore;
import io.escapement.vault.spi.KeyManagement;
import java.security.GeneralSecurityException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the vault; every SPI has a local default that a deployment can replace with its own bean. */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

    static {
        registerPrimitives();
    }

    /** Registers the Tink primitives the vault uses; safe to call more than once. */
    static void registerPrimitives() {
        try {
            AeadConfig.register();
            PrfConfig.register();
            SignatureConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not register the Tink primitives", e);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    KeyManagement keyManagement(VaultProperties properties) {
        LegacyKeyDirectory.moveInto(properties.legacyKeyDir(), properties.keyDir());
        return new LocalKeyManagement(properties.keyDir(), KeyEncryptionKey.of(properties));
    }

    @Bean
    @ConditionalOnMissingBean
    DataKeyStore dataKeyStore(VaultProperties properties) {
        return new FileDataKeyStore(properties.keyDir());
    }

    @Bean
    WrappedKeysets wrappedKeysets(KeyManagement keyManagement) {
        return new WrappedKeysets(keyManagement);
    }

    @Bean
    DataKeys dataKeys(DataKeyStore store, WrappedKeysets wrapping, VaultProperties properties) {
        return new DataKeys(store, wrapping, properties.keyCacheSize());
    }

    @Bean
    SystemKeys systemKeys(VaultProperties properties, WrappedKeysets wrapping) {
        return new SystemKeys(properties.keyDir(), wrapping);
    }

    @Bean
    BlindIndex blindIndex(SystemKeys keys) {
        return new BlindIndex(keys);
    }

    @Bean
    Pseudonyms pseudonyms(SystemKeys keys) {
        return new Pseudonyms(keys);
    }

    @Bean
    KeyedDigests keyedDigests(SystemKeys keys) {
        return new KeyedDigests(keys);
    }

    @Bean
    Seals seals(SystemKeys keys) {
        return new Seals(keys);
    }

    @Bean
    PersonalDataVault personalDataVault(
            JdbcClient jdbc,
            DataMap dataMap,
            DataKeys keys,
            SystemKeys systemKeys,
            BlindIndex blindIndex,
            KeyManagement keyManagement,
            ConsentCheck consent,
            AccessRecorder recorder,
            ApplicationEventPublisher events) {
        return new PersonalDataVault(
                jdbc, dataMap, keys, systemKeys, blindIndex, keyManagement, consent, recorder, events);
    }
}
