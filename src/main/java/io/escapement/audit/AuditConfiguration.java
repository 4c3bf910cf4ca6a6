package io.escapement.audit;

import io.escapement.audit.spi.AuditAnchor;
import io.escapement.vault.Seals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

    /** The default anchor: a file outside the database and the data directory (ADR 22). */
    @Bean
    @ConditionalOnMissingBean
    AuditAnchor auditAnchor(AuditProperties properties) {
        return new FileAuditAnchor(properties.anchorFile());
    }

    @Bean
    ChainAnchor chainAnchor(AuditAnchor anchor, Seals seals) {
        return new ChainAnchor(anchor, seals);
    }

    /** Verifies the trail and prints the report; 0 when intact, 1 when not. */
    static int verifyAndReport(AuditVerifier verifier) {
        var report = verifier.verify();
        log.info("{}", report);
        System.out.println(report);
        return report.intact() ? 0 : 1;
    }

    /**
     * The command-line verifier: {@code --escapement.audit.verify-and-exit=true} prints the report
     * and exits with 0 when the trail is intact, 1 when it is not.
     */
    @Bean
    ApplicationRunner auditVerificationCommand(
            AuditProperties properties, AuditVerifier verifier, ApplicationContext context) {
        return args -> {
            if (properties.verifyAndExit()) {
                int status = verifyAndReport(verifier);
                System.exit(SpringApplication.exit(context, () -> status));
            }
        };
    }
}
