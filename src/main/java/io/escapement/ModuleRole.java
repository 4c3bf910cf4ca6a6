package io.escapement;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a module is for, declared on its {@code package-info.java} beside {@code @ApplicationModule}.
 * Every module declares one; the architecture tests derive their rules from it (a privacy module
 * never depends on a commerce module), so a new module is covered without editing a test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ModuleRole {

    Role value();

    enum Role {
        /** Keeps a promise of the privacy policy: personal data, consent, audit, identity, the policy. */
        PRIVACY,
        /** Sells watches: catalogue, search, cart, merchants, and the commerce modules to come. */
        COMMERCE,
        /** Values and plumbing every module may use (money, text, the web and database platform). */
        SHARED
    }
}
