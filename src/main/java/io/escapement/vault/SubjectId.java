package io.escapement.vault;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** A data subject: a buyer, a merchant contact or a staff member. Random, so it reveals nothing. */
public record SubjectId(UUID value) {

    public SubjectId {
        Objects.requireNonNull(value, "value");
    }

    /** The authority of a signed-in buyer, whose principal name is the buyer's subject id. */
    public static final String BUYER_ROLE = "ROLE_BUYER";

    public static SubjectId random() {
        return new SubjectId(UUID.randomUUID());
    }

    /** The signed-in buyer behind {@code authentication}, or empty for visitors, staff and none. */
    public static Optional<SubjectId> buyer(@Nullable Authentication authentication) {
        return authentication != null
                        && authentication.getAuthorities().stream()
                                .anyMatch(authority -> BUYER_ROLE.equals(authority.getAuthority()))
                ? Optional.of(new SubjectId(UUID.fromString(authentication.getName())))
                : Optional.empty();
    }

    /** The buyer of a page only buyers reach. */
    public static SubjectId ofBuyer(Authentication authentication) {
        return buyer(authentication).orElseThrow(() -> new IllegalStateException("Not a signed-in buyer"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
