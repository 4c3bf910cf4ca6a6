package io.escapement.policy;

import io.escapement.privacy.DataMap;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Wires the policy; {@link PolicyNotices} has a development default a deployment replaces. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PolicyConfiguration.class);

    @Bean
    CookieInventory cookieInventory() {
        return CookieInventory.scan("io.escapement");
    }

    /** The registry; the payment sandbox is in it only while it is enabled, so production's policy omits it. */
    @Bean
    Recipients recipients(
            PolicyProperties properties, @Value("${escapement.payment.sandbox.enabled:false}") boolean sandbox) {
        return Recipients.registered(properties.residencyRegion(), sandbox);
    }

    @Bean
    Sdks sdks() {
        return Sdks.registered();
    }

    @Bean
    PrivacyPolicy privacyPolicy(
            DataMap dataMap, CookieInventory cookies, Recipients recipients, Sdks sdks, PolicyProperties properties) {
        return new PrivacyPolicy(dataMap, cookies, recipients, sdks, properties.contact());
    }

    @Bean
    PolicyCoverage policyCoverage(DataMap dataMap, CookieInventory cookies, Recipients recipients, Sdks sdks) {
        return new PolicyCoverage(dataMap, cookies, recipients, sdks);
    }

    @Bean
    PolicyVersions policyVersions(
            JdbcClient jdbc, ApplicationEventPublisher events, PrivacyPolicy policy, JsonMapper json) {
        return new PolicyVersions(jdbc, events, policy, json, Clock.systemUTC());
    }

    @Bean
    TermsVersions termsVersions(JdbcClient jdbc, PolicyProperties properties) {
        return new TermsVersions(jdbc, TermsTexts.onClassPath(properties.contact()), Clock.systemUTC());
    }

    /**
     * Seals the text of every published version of the terms that has none yet (the first, which
     * the migration publishes), and warns when a published version's resource was rewritten since:
     * a published version never changes, so a change is a new version (ADR 42).
     */
    @Bean
    ApplicationRunner termsAreSealed(TermsVersions terms) {
        return args -> {
            for (var version : terms.published()) {
                for (var language : PolicyLanguage.values()) {
                    terms.document(version.number(), language);
                }
            }
            for (var rewritten : terms.rewrittenSincePublication()) {
                log.warn(
                        "The text of version {} of the terms of service was rewritten after it was published; the"
                                + " sealed text stays in force: write the change as the next version and publish it",
                        rewritten);
            }
        };
    }

    /**
     * A published version's text is sealed, so code that now declares more than the version in
     * effect says is a reason to publish a new version: say so on every start.
     */
    @Bean
    ApplicationRunner policyInEffectCoversTheCode(PolicyVersions versions, PolicyCoverage coverage) {
        return args -> {
            int current = versions.effectiveVersion(Instant.now());
            for (var language : PolicyLanguage.values()) {
                var omissions = versions.document(current, language)
                        .map(coverage::omissions)
                        .orElseThrow();
                if (!omissions.isEmpty()) {
                    log.warn(
                            "Version {} of the privacy policy in effect ({}) does not mention {}: draft and publish a"
                                    + " new version",
                            current,
                            language.tag(),
                            omissions);
                }
            }
        };
    }
}
