package io.escapement.policy;

import io.escapement.language.Localized;
import io.escapement.privacy.Category;
import io.escapement.privacy.NotPersonalData;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.Region;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A company that receives personal information from the platform: what for, which categories, and
 * where it processes them.
 *
 * @param id stable key the sharing gateway names the recipient by, e.g. {@code sf-express}
 * @param company the registered company name
 * @param region where the recipient processes the data
 * @param purposes the purposes it may receive data for
 * @param categories the categories of personal information it may receive
 */
public record Recipient(
        String id,
        @NotPersonalData("a company's or service's name") String nameZh,
        @NotPersonalData("a company's or service's name") String nameEn,
        String company,
        Region region,
        RecipientKind kind,
        Set<Purpose> purposes,
        Set<Category> categories) {

    public Recipient {
        if (id.isBlank() || purposes.isEmpty() || categories.isEmpty()) {
            throw new IllegalArgumentException("A recipient needs an id, at least one purpose and one category.");
        }
        purposes = Collections.unmodifiableSet(EnumSet.copyOf(purposes));
        categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
    }

    public Localized name() {
        return new Localized(nameZh, nameEn);
    }
}
