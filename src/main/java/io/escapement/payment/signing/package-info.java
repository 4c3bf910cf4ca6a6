/**
 * What the provider adapters share: reading keys and certificates from configuration, the sorted
 * {@code k=v&k=v} strings that Alipay and UnionPay sign, form bodies, and RSA signatures with the
 * JDK. No state and no I/O beyond reading a configured key file.
 */
@NullMarked
package io.escapement.payment.signing;

import org.jspecify.annotations.NullMarked;
