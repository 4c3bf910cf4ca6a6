/** Extension points of the audit trail: where the chain's signed head is kept outside the database. */
@NamedInterface("spi")
@NullMarked
package io.escapement.audit.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
