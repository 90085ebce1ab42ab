package org.thirdspace.search.config;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.thirdspace.search.node.ElasticsearchNode;

/**
 * The managed (embedded default) node: active when {@code spring.elasticsearch.uris} is not set.
 * The node is launched by a bean factory post-processor, i.e. before any ordinary bean is
 * created, so it boots in parallel with the rest of the application; a lifecycle bean then
 * holds the context's start (and so readiness) until the node is healthy.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ManagedElasticsearchCondition.class)
public class ManagedElasticsearchConfiguration {

    @Bean
    static BeanFactoryPostProcessor managedElasticsearchBootstrap() {
        return new ManagedElasticsearchBootstrap();
    }

    @Bean
    ManagedElasticsearchLifecycle managedElasticsearchLifecycle(ElasticsearchNode node) {
        return new ManagedElasticsearchLifecycle(node);
    }
}
