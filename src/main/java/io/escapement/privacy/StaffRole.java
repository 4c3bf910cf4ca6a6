package io.escapement.privacy;

/** Platform staff roles, as far as access to personal information is concerned. */
public enum StaffRole {
    CUSTOMER_SERVICE,
    INSPECTOR,
    OPERATIONS,
    SECURITY,
    DPO,
    ADMINISTRATOR;

    /**
     * Whether this role may see the unmasked value of a field of the given sensitivity: general
     * information by customer service, operations and the DPO; sensitive information by the DPO
     * only.
     */
    public boolean mayUnmask(Sensitivity sensitivity) {
        return switch (sensitivity) {
            case GENERAL -> this == CUSTOMER_SERVICE || this == OPERATIONS || this == DPO;
            case SENSITIVE -> this == DPO;
        };
    }
}
