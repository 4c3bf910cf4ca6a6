/**
 * Text in the two languages the marketplace speaks: {@link io.escapement.language.Localized}, one
 * value with its Chinese and English wording, chosen by the reader's locale. Wording that a
 * translator edits lives in the message bundles; this value carries the wording that belongs to
 * data (a brand's name, a grade's criteria). Depends on no other module.
 */
@ApplicationModule(
        displayName = "Language",
        allowedDependencies = {})
@ModuleRole(ModuleRole.Role.SHARED)
@NullMarked
package io.escapement.language;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
