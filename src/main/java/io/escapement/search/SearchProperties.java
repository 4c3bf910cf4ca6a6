package io.escapement.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexDir where the Lucene index lives ({@code escapement.search.index-dir})
 * @param rebuildAndExit rebuild the index from the catalog, then exit: the rebuild command
 */
@ConfigurationProperties("escapement.search")
record SearchProperties(
        @DefaultValue("data/search") Path indexDir,
        @DefaultValue("false") boolean rebuildAndExit) {}
