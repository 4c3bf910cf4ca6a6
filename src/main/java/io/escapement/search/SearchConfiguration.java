package io.escapement.search;

import io.escapement.catalog.Catalog;
import java.util.Optional;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean
    WatchVocabulary watchVocabulary(Catalog catalog) {
        return new WatchVocabulary(catalog.brands(), catalog.references(Optional.empty()));
    }

    @Bean(destroyMethod = "close")
    LuceneSearchEngine searchEngine(SearchProperties properties, WatchVocabulary vocabulary) {
        return new LuceneSearchEngine(properties.indexDir(), vocabulary);
    }

    /**
     * The rebuild command: {@code --escapement.search.rebuild-and-exit=true} rebuilds the index from
     * the catalog and exits with 0.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner searchRebuildCommand(
            SearchProperties properties, SearchIndexer indexer, ApplicationContext context) {
        return args -> {
            if (properties.rebuildAndExit()) {
                long count = indexer.rebuild();
                System.out.println("Search index rebuilt: " + count + " listings.");
                System.exit(SpringApplication.exit(context, () -> 0));
            }
        };
    }
}
