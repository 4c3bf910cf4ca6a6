/** Extension points of consent: other modules may restrict what a subject can consent to. */
@NamedInterface("spi")
@NullMarked
package io.escapement.consent.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
