package org.thirdspace.casestudies.internal.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thirdspace.search.IndexDefinition;

/** Declares the case-studies index, so its alias exists from start-up. */
@Configuration(proxyBeanMethods = false)
class CaseStudiesSearchConfiguration {

    @Bean
    IndexDefinition caseStudiesIndexDefinition() {
        return CaseStudiesIndex.DEFINITION;
    }
}
