/** HTTPS by default (P-1), and the trust for calls back to this server. */
@NamedInterface("tls")
@NullMarked
package io.escapement.platform.tls;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
