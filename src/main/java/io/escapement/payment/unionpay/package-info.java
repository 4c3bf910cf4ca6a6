/**
 * UnionPay's online gateway (银联网关支付): the signed {@code frontTransReq.do} form, the back
 * notification and refunds through {@code backTransReq.do}, with signature scheme 5.1.0 (signMethod
 * 01) and the JDK only. On when {@code escapement.payment.unionpay.enabled=true}.
 */
@NullMarked
package io.escapement.payment.unionpay;

import org.jspecify.annotations.NullMarked;
