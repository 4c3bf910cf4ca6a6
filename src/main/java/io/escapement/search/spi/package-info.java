/** The search engine's service-provider interface: an embedded Lucene engine today, a cluster later. */
@NamedInterface("spi")
@NullMarked
package io.escapement.search.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
