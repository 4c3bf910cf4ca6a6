/**
 * Extension points of the catalog: who draws the photos of listings that have no uploaded photo
 * at a position (the demo module's painter), so the catalog itself holds no art.
 */
@NamedInterface("spi")
@NullMarked
package io.escapement.catalog.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
