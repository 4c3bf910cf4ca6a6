package io.escapement.searchhistory;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * A buyer's recent searches as one sealed value in the vault, under the buyer's own subject: the
 * vault keeps one value per field and subject, and sealing the list whole keeps even the number
 * and times of searches out of plain columns. Shredding the buyer erases it.
 *
 * @param entries one line per search, newest first: id, time and query separated by tabs (queries
 *     hold no control characters); {@code null} removes the field
 */
record RecentSearches(
        @PersonalData(category = Category.USER_SEARCH, purposes = Purpose.ACCOUNT, retention = "P0D") @Nullable
        String entries) {}
