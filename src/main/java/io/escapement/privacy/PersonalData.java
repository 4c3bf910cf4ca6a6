package io.escapement.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a field (or record component) as personal information: its category, the purposes
 * it may be processed for and how long it is kept. The data map is built from these
 * declarations; the vault refuses to store or read a field that has none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface PersonalData {

    Category category();

    Purpose[] purposes();

    /**
     * How long the value is kept after the relationship it serves ends (account cancelled,
     * merchant contract ended), as an ISO-8601 period such as {@code P1M} or {@code P3Y}.
     */
    String retention();

    /** Keep a blind index (keyed hash of the normalised value) for exact-match look-ups. */
    boolean lookup() default false;
}
