package io.escapement.policy;

import io.escapement.language.Localized;
import io.escapement.privacy.Category;
import io.escapement.privacy.NotPersonalData;
import io.escapement.privacy.Purpose;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A third-party software development kit embedded in the apps: who provides it, what for and
 * what it collects.
 *
 * @param id stable key, e.g. {@code umeng-push}
 * @param purposes what the platform uses it for; an SDK serving a consent-based purpose starts only
 *     after that consent
 * @param categories the categories of personal information it collects
 * @param dataZh what it collects, in words, in Simplified Chinese
 * @param policyUrl the provider's own privacy policy, when known
 */
public record Sdk(
        String id,
        @NotPersonalData("an SDK's product name") String nameZh,
        @NotPersonalData("an SDK's product name") String nameEn,
        String company,
        Set<Purpose> purposes,
        Set<Category> categories,
        String dataZh,
        String dataEn,
        @Nullable String policyUrl) {

    public Sdk {
        if (id.isBlank() || purposes.isEmpty() || categories.isEmpty()) {
            throw new IllegalArgumentException("An SDK needs an id, at least one purpose and one category.");
        }
        purposes = Collections.unmodifiableSet(EnumSet.copyOf(purposes));
        categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
    }

    public Localized name() {
        return new Localized(nameZh, nameEn);
    }

    public Localized data() {
        return new Localized(dataZh, dataEn);
    }

    public Optional<String> policy() {
        return Optional.ofNullable(policyUrl);
    }
}
