package io.escapement.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field whose name looks like personal information but is not, such as a brand's name,
 * so the data-map drift check accepts it. The reason is required and reviewed like code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface NotPersonalData {

    /** Why this is not personal information, e.g. "a merchant's registered business name". */
    String value();
}
