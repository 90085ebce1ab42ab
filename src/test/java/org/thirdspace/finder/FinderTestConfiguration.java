package org.thirdspace.finder;


import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Test beans of the finder: a gate index that holds a reindex open while a test acts. */
@TestConfiguration(proxyBeanMethods = false)
public class FinderTestConfiguration {

    @Bean
    GateFeature gateFeature() {
        return new GateFeature();
    }
}
