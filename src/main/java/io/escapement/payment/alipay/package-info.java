/**
 * Alipay (支付宝) through its open API gateway: computer-website payment ({@code
 * alipay.trade.page.pay}), its asynchronous notification and refunds ({@code alipay.trade.refund}),
 * signed RSA2 with the JDK (ADR 36). On when {@code escapement.payment.alipay.enabled=true}.
 */
@NullMarked
package io.escapement.payment.alipay;

import org.jspecify.annotations.NullMarked;
