package io.escapement.staff;

import io.escapement.party.MerchantId;
import io.escapement.privacy.StaffRole;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in staff member: platform staff hold roles; merchant staff hold none and act for one
 * merchant only.
 *
 * @param handle the work handle, such as {@code cs-0142}: not a name
 * @param merchantId the merchant a merchant-staff member works for; null for platform staff
 */
public record StaffMember(
        UUID id,
        String handle,
        Set<StaffRole> roles,
        @Nullable MerchantId merchantId) implements AuthenticatedPrincipal, Serializable {

    public static final String STAFF_ROLE = "ROLE_STAFF";
    public static final String MERCHANT_ROLE = "ROLE_MERCHANT";

    public StaffMember {
        roles = Set.copyOf(roles);
        if (merchantId != null && !roles.isEmpty()) {
            throw new IllegalArgumentException("Merchant staff hold no platform role");
        }
    }

    /** The signed-in staff member of {@code authentication}, if it is one. */
    public static java.util.Optional<StaffMember> of(@Nullable Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof StaffMember member
                ? java.util.Optional.of(member)
                : java.util.Optional.empty();
    }

    @Override
    public String getName() {
        return handle;
    }

    public boolean isMerchantStaff() {
        return merchantId != null;
    }

    /** {@code ROLE_MERCHANT} for merchant staff; {@code ROLE_STAFF} and one per role for platform staff. */
    public List<GrantedAuthority> authorities() {
        var authorities = new ArrayList<GrantedAuthority>();
        if (isMerchantStaff()) {
            authorities.add(new SimpleGrantedAuthority(MERCHANT_ROLE));
        } else {
            authorities.add(new SimpleGrantedAuthority(STAFF_ROLE));
            roles.stream().sorted().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        }
        return authorities;
    }

    /** A fully authenticated token for this member (after password and second factor). */
    public Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, authorities());
    }
}
