package io.escapement.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The drift check (P-8): finds fields that look like personal information, by name or by type,
 * but carry neither {@link PersonalData} nor {@link NotPersonalData}.
 */
public final class PersonalDataDrift {

    private static final Set<String> PERSONAL_WORDS = Set.of(
            "phone",
            "mobile",
            "email",
            "name",
            "surname",
            "address",
            "birthday",
            "birthdate",
            "lat",
            "lng",
            "latitude",
            "longitude",
            "idnumber",
            "idcard");

    private PersonalDataDrift() {}

    /** Descriptions ({@code Type.field}) of the undeclared fields of {@code classes}. */
    public static List<String> undeclared(Collection<Class<?>> classes) {
        var found = new ArrayList<String>();
        for (var type : classes) {
            // The personal-information value types themselves are what declarations point at.
            if (type.isEnum() || type.isAnnotation() || type.isInterface() || Masked.class.isAssignableFrom(type)) {
                continue;
            }
            for (var member : DataMap.members(type)) {
                boolean declared = member.element().isAnnotationPresent(PersonalData.class)
                        || member.element().isAnnotationPresent(NotPersonalData.class);
                if (!declared && looksPersonal(member.name(), member.type())) {
                    found.add(type.getName() + "." + member.name());
                }
            }
        }
        return found;
    }

    static boolean looksPersonal(String name, Class<?> type) {
        if (Masked.class.isAssignableFrom(type)) {
            return true;
        }
        var words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT)
                .split(" ");
        for (int i = 0; i < words.length; i++) {
            var word = words[i];
            var joined = i + 1 < words.length ? word + words[i + 1] : word;
            if (PERSONAL_WORDS.contains(word) || PERSONAL_WORDS.contains(joined)) {
                return true;
            }
        }
        return false;
    }
}
