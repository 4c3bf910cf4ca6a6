package io.escapement.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.escapement.party.MerchantId;
import io.escapement.privacy.StaffRole;
import io.escapement.staff.StaffMember;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in staff member for MockMvc, for tests of what a role may do. Signing in itself
 * (password and second factor) is tested in {@code staff.StaffSignInTests}.
 */
public final class Staff {

    private Staff() {}

    public static RequestPostProcessor as(StaffRole role, StaffRole... more) {
        var roles = java.util.EnumSet.of(role, more);
        return authentication(
                new StaffMember(UUID.randomUUID(), role.name().toLowerCase(Locale.ROOT) + "-01", roles, null)
                        .authentication());
    }

    public static RequestPostProcessor ofMerchant(long merchantId) {
        return ofMerchant(new MerchantId(merchantId));
    }

    public static RequestPostProcessor ofMerchant(MerchantId merchantId) {
        return authentication(
                new StaffMember(UUID.randomUUID(), "shop-" + merchantId, Set.of(), merchantId).authentication());
    }
}
