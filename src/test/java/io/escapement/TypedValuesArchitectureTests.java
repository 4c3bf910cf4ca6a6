package io.escapement;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps STYLE.md's "ids and money are types" for every module's public API: no public method or
 * constructor of a public type in a module's base package or its {@code spi} takes a loose {@code
 * long} whose name says it is an id or an amount (parameter names are compiled in, with {@code
 * -parameters}). A new module is covered without editing this test.
 */
class TypedValuesArchitectureTests {

    static final Pattern ID_OR_AMOUNT = Pattern.compile("(?i).*(id|ids|price|amount|fen|yuan|cny|balance)$");

    /**
     * Where a loose long is the point: {@code Money}'s own factories, and the storefront's binding of
     * request parameters as the buyer typed them (whole yuan), which {@code filter()} turns into Money.
     */
    static final List<String> BOUNDARIES =
            List.of("io.escapement.money.Money", "io.escapement.storefront.ListingQuery");

    @Test
    void moduleApisTakeTypedIdsAndMoneyNotLooseLongs() {
        var offences = new ArrayList<String>();
        for (var module : ModularityTests.modules) {
            var base = module.getBasePackage().getName();
            PrivacyArchitectureTests.CLASSES.stream()
                    .filter(type -> type.getPackageName().equals(base)
                            || type.getPackageName().equals(base + ".spi"))
                    .map(type -> type.reflect())
                    .filter(type -> Modifier.isPublic(type.getModifiers()) && !BOUNDARIES.contains(type.getName()))
                    .forEach(type -> Stream.<Executable>concat(
                                    Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
                            .filter(member -> Modifier.isPublic(member.getModifiers()) && !member.isSynthetic())
                            .forEach(member -> offences.addAll(looseLongs(type, member))));
        }
        assertThat(offences)
                .as("loose long ids or amounts in module APIs: use ListingId, MerchantId, Money, …")
                .isEmpty();
    }

    private static List<String> looseLongs(Class<?> type, Executable member) {
        var offences = new ArrayList<String>();
        for (var parameter : member.getParameters()) {
            var loose = parameter.getType() == long.class || parameter.getType() == Long.class;
            if (loose
                    && parameter.isNamePresent()
                    && ID_OR_AMOUNT.matcher(parameter.getName()).matches()) {
                offences.add(type.getName() + "." + member.getName() + "(" + parameter.getName() + ")");
            }
        }
        return offences;
    }
}
