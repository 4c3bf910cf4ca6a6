package io.escapement.sharing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that talks to a company outside the platform (an HTTP client, a mail sender). Only
 * such classes may use those clients, and they send only what the sharing gateway let through; an
 * architecture test holds every other class to that.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface OutboundAdapter {

    /** Whom the class talks to, e.g. {@code alipay}: a recipient id of the policy's registry. */
    String value();
}
