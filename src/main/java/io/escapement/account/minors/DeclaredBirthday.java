package io.escapement.account.minors;

import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The birthday a buyer declares, to tell whether they are a minor (M-1); dropped once an ID is verified. */
public record DeclaredBirthday(
        @PersonalData(category = Category.USER_DATE_OF_BIRTH, purposes = Purpose.ACCOUNT, retention = "P1M") @Nullable
        LocalDate birthday) {}
