package io.escapement.payment.spi;

import io.escapement.money.Money;

/** The provider took a refund: its id for it and the amount. */
public record RefundReceipt(String refund, String providerRefund, Money amount) {}
