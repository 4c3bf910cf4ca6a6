package io.escapement.payment;

import io.escapement.party.MerchantId;
import java.util.regex.Pattern;

/**
 * An account of the double-entry ledger. Amounts are signed: what the platform holds at a provider
 * is positive ({@code provider:alipay}), what it owes is negative ({@code escrow}, money held for
 * the buyer until the merchant is paid). Every journal sums to zero, so all balances do.
 */
public record LedgerAccount(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z]+(:[a-z0-9-]+)?");

    /** Money paid by buyers and held until the order completes or is refunded. */
    public static final LedgerAccount ESCROW = new LedgerAccount("escrow");

    /** The platform's fees on settled orders (ADR 46): its revenue. */
    public static final LedgerAccount PLATFORM_FEES = new LedgerAccount("platform:fees");

    public LedgerAccount {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a ledger account: " + code);
        }
    }

    /** What the provider has taken for the platform and not yet paid out or refunded. */
    public static LedgerAccount atProvider(String provider) {
        return new LedgerAccount("provider:" + provider);
    }

    /** What the platform owes a merchant for its settled orders and has not yet paid out. */
    public static LedgerAccount payableTo(MerchantId merchant) {
        return new LedgerAccount("merchant:" + merchant.value());
    }

    @Override
    public String toString() {
        return code;
    }
}
