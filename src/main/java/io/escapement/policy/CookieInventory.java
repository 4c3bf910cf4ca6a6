package io.escapement.policy;

import io.escapement.privacy.DataMap;
import io.escapement.privacy.DeclaredCookie;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Every cookie the application declares with {@link DeclaredCookie} (K-1), read from the code so
 * that the published policy cannot forget one (N-4).
 *
 * <p>Declarations are checked when the inventory is built: the annotated field must be a
 * {@code static final String}, the lifetime {@code session} or an ISO-8601 period or duration,
 * both purposes written, and no name declared twice.
 */
public final class CookieInventory {

    private final List<SiteCookie> cookies;

    private CookieInventory(List<SiteCookie> cookies) {
        this.cookies =
                cookies.stream().sorted(Comparator.comparing(SiteCookie::name)).toList();
    }

    /** The declarations of every class under {@code basePackage}, leaving out local and anonymous classes. */
    public static CookieInventory scan(String basePackage) {
        return of(DataMap.classesIn(basePackage).stream()
                .filter(type -> !type.isLocalClass() && !type.isAnonymousClass())
                .toList());
    }

    /**
     * The declarations of the given classes.
     *
     * @throws IllegalStateException when a declaration is malformed or a name is declared twice
     */
    public static CookieInventory of(Collection<Class<?>> classes) {
        var byName = new LinkedHashMap<String, SiteCookie>();
        for (var type : classes) {
            for (var field : type.getDeclaredFields()) {
                var declaration = field.getAnnotation(DeclaredCookie.class);
                if (declaration == null) {
                    continue;
                }
                var cookie = declare(field, declaration);
                var earlier = byName.putIfAbsent(cookie.name(), cookie);
                if (earlier != null) {
                    throw new IllegalStateException("The cookie " + cookie.name() + " is declared twice, by "
                            + earlier.declaredBy() + " and " + cookie.declaredBy() + ".");
                }
            }
        }
        return new CookieInventory(new ArrayList<>(byName.values()));
    }

    public List<SiteCookie> cookies() {
        return cookies;
    }

    public Optional<SiteCookie> cookie(String name) {
        return cookies.stream().filter(cookie -> cookie.name().equals(name)).findFirst();
    }

    private static SiteCookie declare(Field field, DeclaredCookie declaration) {
        var where = field.getDeclaringClass().getName() + "." + field.getName();
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers) || field.getType() != String.class) {
            throw new IllegalStateException(
                    where + " declares a cookie but is not a static final String holding its name.");
        }
        if (!Wording.isLifetime(declaration.lifetime())) {
            throw new IllegalStateException(where + " has cookie lifetime '" + declaration.lifetime()
                    + "', which is neither 'session' nor an ISO-8601 period or duration such as P365D or PT30M.");
        }
        if (declaration.purposeZh().isBlank() || declaration.purposeEn().isBlank()) {
            throw new IllegalStateException(where + " must say what the cookie is for, in Chinese and in English.");
        }
        return new SiteCookie(
                nameIn(field, where),
                declaration.category(),
                declaration.lifetime(),
                declaration.purposeZh(),
                declaration.purposeEn(),
                where);
    }

    private static String nameIn(Field field, String where) {
        try {
            field.setAccessible(true);
            var name = (String) field.get(null);
            if (name == null || name.isBlank()) {
                throw new IllegalStateException(where + " declares a cookie with no name.");
            }
            return name;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Could not read the cookie name in " + where, e);
        }
    }
}
