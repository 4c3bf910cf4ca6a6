/**
 * WeChat Pay (微信支付) API v3: Native payment (a {@code code_url} the buyer scans), its encrypted
 * payment notification and domestic refunds, with the official SDK's signer, verifier, notification
 * parser and AES-256-GCM cipher and the JDK's HTTP client. On when {@code
 * escapement.payment.wechat.enabled=true}.
 */
@NullMarked
package io.escapement.payment.wechat;

import org.jspecify.annotations.NullMarked;
