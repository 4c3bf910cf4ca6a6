/**
 * Extension points of the vault: where the master key and data keys live, how reads are
 * recorded, and the consent check consulted before every read.
 */
@NamedInterface("spi")
@NullMarked
package io.escapement.vault.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
