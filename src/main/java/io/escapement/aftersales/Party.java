package io.escapement.aftersales;

/** Who made a move of a case. */
public enum Party {
    BUYER,
    MERCHANT,
    CUSTOMER_SERVICE,
    INSPECTOR,
    CARRIER
}
