package io.escapement.privacy;

import io.escapement.language.Localized;
import java.time.Period;
import java.util.Set;

/**
 * One entry of the data map: a field declared with {@link PersonalData}.
 *
 * @param key stable name, {@code module.Type.field}, e.g. {@code merchant.MerchantContact.phone}
 * @param owner the class or record that declares the field
 * @param retention how long the value is kept after the relationship it serves ends
 */
public record DeclaredField(
        String key,
        String module,
        Class<?> owner,

        @NotPersonalData("the Java name of a declared field")
        String name,

        Class<?> javaType,
        Category category,
        Set<Purpose> purposes,
        Period retention,
        boolean lookup) {

    public DeclaredField {
        purposes = Set.copyOf(purposes);
    }

    /**
     * What the field holds, as people read it (the privacy policy shows this, not the key); the key
     * itself when no label is written for it yet.
     */
    public Localized label() {
        return DataLabels.of(key).orElseGet(() -> Localized.same(key));
    }

    /** Whether {@link #label()} is a written label in both languages rather than the key. */
    public boolean labelled() {
        return DataLabels.of(key).isPresent();
    }

    public Sensitivity sensitivity() {
        return category.sensitivity();
    }

    public boolean allows(Purpose purpose) {
        return purposes.contains(purpose);
    }
}
