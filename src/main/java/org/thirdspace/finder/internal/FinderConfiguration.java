package org.thirdspace.finder.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thirdspace.search.IndexDefinition;

/** Declares the people index, so its alias exists from start-up. */
@Configuration(proxyBeanMethods = false)
class FinderConfiguration {

    @Bean
    IndexDefinition peopleIndexDefinition() {
        return PeopleIndex.DEFINITION;
    }
}
