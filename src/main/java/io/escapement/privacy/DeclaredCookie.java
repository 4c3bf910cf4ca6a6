package io.escapement.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a cookie the application sets, on the {@code static final String} constant that holds
 * its name. The cookie inventory of the privacy policy is generated from these declarations
 * (K-1, N-4), so a cookie whose name is not such a declared constant does not belong in the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DeclaredCookie {

    CookieCategory category();

    /**
     * How long the browser keeps the cookie: an ISO-8601 period or duration such as {@code P365D}
     * or {@code PT30M}, or {@code session} for a cookie that goes when the browser closes.
     */
    String lifetime();

    /** What the cookie is for, in Simplified Chinese, as the policy shows it. */
    String purposeZh();

    /** What the cookie is for, in English, as the policy shows it. */
    String purposeEn();
}
