package io.escapement.privacy;

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

    public Sensitivity sensitivity() {
        return category.sensitivity();
    }

    public boolean allows(Purpose purpose) {
        return purposes.contains(purpose);
    }
}
