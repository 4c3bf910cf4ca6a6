package io.escapement.review;

import io.escapement.language.Localized;
import org.jspecify.annotations.Nullable;

/**
 * How a reviewer is shown on public pages: a nickname masked to its first and last character with
 * one star between (表*友; a two-character one keeps its first: 表*), or 匿名买家 / "Anonymous buyer"
 * when there is none. Never a name, a phone number or an account id (ADR 47).
 */
public final class ReviewerName {

    /** Shown for a reviewer without a nickname. */
    public static final Localized ANONYMOUS = new Localized("匿名买家", "Anonymous buyer");

    private ReviewerName() {}

    /** The masked nickname, or {@link #ANONYMOUS} when {@code nickname} is null or blank. */
    public static Localized of(@Nullable String nickname) {
        if (nickname == null || nickname.isBlank()) {
            return ANONYMOUS;
        }
        var name = nickname.strip();
        int length = name.codePointCount(0, name.length());
        var first = new String(Character.toChars(name.codePointAt(0)));
        if (length <= 2) {
            return Localized.same(first + "*");
        }
        var last = new String(Character.toChars(name.codePointBefore(name.length())));
        return Localized.same(first + "*" + last);
    }
}
