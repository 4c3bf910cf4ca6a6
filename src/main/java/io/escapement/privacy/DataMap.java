package io.escapement.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

/**
 * The data map: every field of the application declared with {@link PersonalData}, found on
 * start-up. Later modules generate the privacy policy, exports and erasure from it.
 *
 * <p>Declarations are checked when the map is built: a sensitive category may not be declared
 * for marketing, and retention must be an ISO-8601 period. Keeps P-6 and P-8.
 */
public final class DataMap {

    private final Map<String, DeclaredField> fields;

    private DataMap(Collection<DeclaredField> fields) {
        var byKey = new LinkedHashMap<String, DeclaredField>();
        fields.stream().sorted(Comparator.comparing(DeclaredField::key)).forEach(field -> {
            var other = byKey.putIfAbsent(field.key(), field);
            if (other != null) {
                throw new IllegalStateException(
                        field.key() + " is declared by both " + other.owner().getName() + " and "
                                + field.owner().getName() + ": a key names one field, so rename one of the types.");
            }
        });
        this.fields = java.util.Collections.unmodifiableMap(byKey);
    }

    /**
     * The declarations of every class under {@code basePackage}, leaving out local and anonymous
     * classes: those are test fixtures, not data the application holds.
     */
    public static DataMap scan(String basePackage) {
        return of(classesIn(basePackage).stream()
                .filter(type -> !type.isLocalClass() && !type.isAnonymousClass())
                .toList());
    }

    /** The declarations of the given classes. */
    public static DataMap of(Collection<Class<?>> classes) {
        var declared = new ArrayList<DeclaredField>();
        for (var type : classes) {
            for (var member : members(type)) {
                var declaration = member.element().getAnnotation(PersonalData.class);
                if (declaration != null) {
                    declared.add(declare(type, member, declaration));
                }
            }
        }
        return new DataMap(declared);
    }

    public List<DeclaredField> fields() {
        return List.copyOf(fields.values());
    }

    public Optional<DeclaredField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** @throws UndeclaredPersonalData when {@code owner} declares no personal-data field {@code name} */
    public DeclaredField field(Class<?> owner, String name) {
        return field(keyOf(owner, name))
                .orElseThrow(() -> new UndeclaredPersonalData(
                        owner.getSimpleName() + "." + name + " is not declared as personal data in the data map."));
    }

    static String keyOf(Class<?> owner, String name) {
        return moduleOf(owner) + "." + owner.getSimpleName() + "." + name;
    }

    private static DeclaredField declare(Class<?> owner, Member member, PersonalData declaration) {
        var purposes = EnumSet.noneOf(Purpose.class);
        purposes.addAll(List.of(declaration.purposes()));
        var key = keyOf(owner, member.name());
        if (purposes.isEmpty()) {
            throw new IllegalStateException(key + " declares no purpose.");
        }
        if (declaration.category().isSensitive() && purposes.stream().anyMatch(Purpose::isMarketing)) {
            throw new IllegalStateException(key + " is sensitive personal information ("
                    + declaration.category().code() + ") and may not be used for marketing.");
        }
        Period retention;
        try {
            retention = Period.parse(declaration.retention());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(key + " has retention '" + declaration.retention()
                    + "', which is not an ISO-8601 period such as P1M or P3Y.");
        }
        return new DeclaredField(
                key,
                moduleOf(owner),
                owner,
                member.name(),
                member.type(),
                declaration.category(),
                purposes,
                retention,
                declaration.lookup());
    }

    /** A field or record component, whichever the type declares its state with. */
    record Member(
            @NotPersonalData("the Java name of a field") String name, Class<?> type, AnnotatedElement element) {}

    static List<Member> members(Class<?> type) {
        if (type.isRecord()) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .map(component -> new Member(component.getName(), component.getType(), component))
                    .toList();
        }
        return java.util.Arrays.stream(type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
                .map(field -> new Member(field.getName(), field.getType(), field))
                .toList();
    }

    private static String moduleOf(Class<?> owner) {
        var name = owner.getPackageName();
        var root = "io.escapement.";
        if (!name.startsWith(root)) {
            return name;
        }
        var rest = name.substring(root.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Every class under {@code basePackage} on the class path, loaded without initialising it. */
    public static List<Class<?>> classesIn(String basePackage) {
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        var classes = new ArrayList<Class<?>>();
        try {
            for (var resource : resolver.getResources("classpath*:" + basePackage.replace('.', '/') + "/**/*.class")) {
                var name =
                        readers.getMetadataReader(resource).getClassMetadata().getClassName();
                if (!name.endsWith("package-info")) {
                    classes.add(Class.forName(name, false, DataMap.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
