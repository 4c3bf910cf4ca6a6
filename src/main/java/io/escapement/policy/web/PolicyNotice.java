package io.escapement.policy.web;

import io.escapement.policy.PolicyVersion;
import io.escapement.policy.PolicyVersions;
import io.escapement.privacy.China;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The in-page banner of N-2: every page announces a material version of the policy from its
 * publication until a month after it takes effect, with a link to what changed. The versions are
 * read only when a page's layout asks for the banner, not for the API's answers, which the advice
 * also reaches ({@code @RestController} is a {@code @Controller}).
 */
@ControllerAdvice(annotations = Controller.class)
class PolicyNotice {

    static final Duration SHOWN_AFTER_EFFECT = Duration.ofDays(30);
    private static final ZoneId CHINA = China.TIME_ZONE;

    private final PolicyVersions versions;

    PolicyNotice(PolicyVersions versions) {
        this.versions = versions;
    }

    /** A material version to announce, and the day (in China) it takes effect. */
    record Banner(int number, LocalDate effectiveOn) {}

    @ModelAttribute("policyNotice")
    LazyContextVariable<@Nullable Banner> policyNotice() {
        return new LazyContextVariable<>() {
            @Override
            protected @Nullable Banner loadValue() {
                return banner(Instant.now());
            }
        };
    }

    private @Nullable Banner banner(Instant now) {
        return versions.published().stream()
                .filter(PolicyVersion::isMaterial)
                .filter(version -> version.isAnnouncedAt(now)
                        || (version.effectiveAt() != null
                                && version.isEffectiveAt(now)
                                && version.effectiveAt()
                                        .plus(SHOWN_AFTER_EFFECT)
                                        .isAfter(now)))
                .reduce((older, newer) -> newer)
                .map(version -> new Banner(
                        version.number(),
                        LocalDate.ofInstant(java.util.Objects.requireNonNull(version.effectiveAt()), CHINA)))
                .orElse(null);
    }
}
