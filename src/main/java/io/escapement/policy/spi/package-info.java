/** Extension points of the policy module: how users hear of a material change of the policy. */
@NamedInterface("spi")
@NullMarked
package io.escapement.policy.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
