package org.thirdspace.testsupport;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the test JVM's single Elasticsearch node
 * ({@link ElasticsearchTestNode}), so the application never starts its own managed node in tests.
 * <p>
 * Registered in {@code src/test/resources/META-INF/spring.factories}. It adds a property source
 * (with the highest precedence) that answers
 * <ul>
 * <li>{@code spring.elasticsearch.uris}: the node's URI. The node is started lazily, when a
 * context first asks for this property (the search module's client configuration does), so test
 * contexts that do not use search never start it.</li>
 * <li>{@code thirdspace.elasticsearch.index-prefix}: {@link ElasticsearchTestNode#indexPrefix()},
 * random per test JVM.</li>
 * </ul>
 * All contexts get the same customizer, so it does not affect Spring's context caching.
 */
public class ElasticsearchTestContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.getEnvironment().getPropertySources().addFirst(new LazyElasticsearchProperties());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    /** Resolves the node's URI only when asked for. */
    static final class LazyElasticsearchProperties extends PropertySource<Object> {

        static final String URIS = "spring.elasticsearch.uris";
        static final String PREFIX = "thirdspace.elasticsearch.index-prefix";

        LazyElasticsearchProperties() {
            super("thirdspaceTestElasticsearch", new Object());
        }

        @Override
        public Object getProperty(String name) {
            return switch (name) {
                case URIS -> ElasticsearchTestNode.uri().toString();
                case PREFIX -> ElasticsearchTestNode.indexPrefix();
                default -> null;
            };
        }

        @Override
        public boolean containsProperty(String name) {
            return URIS.equals(name) || PREFIX.equals(name);
        }
    }
}
