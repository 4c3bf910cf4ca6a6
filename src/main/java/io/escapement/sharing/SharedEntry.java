package io.escapement.sharing;

import io.escapement.language.Localized;
import io.escapement.privacy.Category;
import io.escapement.privacy.LegalBasis;
import io.escapement.privacy.NotPersonalData;
import io.escapement.privacy.Purpose;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row of the sharing ledger: who received which categories of a subject's data, when, why and
 * for which reference. It holds no personal value, only the names of the fields that went out.
 *
 * @param entry the entry's number in the ledger, as {@link Shared#entry} gives it
 * @param recipient the recipient's id in the policy's registry
 * @param recipientName the recipient's name as the policy shows it (its id when it is no longer registered)
 * @param legalBasis the purpose's legal basis at the time of the disclosure
 * @param fields the names of the fields let through, e.g. {@code phoneMasked}
 * @param reference the order or subject reference the disclosure was for
 * @param at when the recipient first received these categories for this reference
 */
public record SharedEntry(
        long entry,
        String recipient,
        @NotPersonalData("a company's or service's name") Localized recipientName,
        Purpose purpose,
        LegalBasis legalBasis,
        Set<Category> categories,
        List<String> fields,
        String reference,
        Instant at) {

    public SharedEntry {
        categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
        fields = List.copyOf(fields);
    }
}
