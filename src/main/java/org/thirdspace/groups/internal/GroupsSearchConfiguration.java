package org.thirdspace.groups.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thirdspace.search.IndexDefinition;

/** Declares the groups index, so its alias exists from start-up. */
@Configuration(proxyBeanMethods = false)
class GroupsSearchConfiguration {

    @Bean
    IndexDefinition groupsIndexDefinition() {
        return GroupsIndex.DEFINITION;
    }
}
