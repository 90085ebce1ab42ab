package org.thirdspace.institutions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.thirdspace.search.IndexDefinition;

/**
 * The institutions index definition (created at start-up behind its alias). {@code @EnableAsync}
 * makes Spring Modulith's {@code @ApplicationModuleListener}s run asynchronously after commit.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class InstitutionSearchConfiguration {

    @Bean
    IndexDefinition institutionsIndex() {
        return IndexDefinition.fromClasspath(InstitutionSearch.INDEX, "search/institutions.json");
    }
}
