package org.thirdspace.search.config;

import java.nio.file.Path;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.thirdspace.search.ElasticsearchProperties;
import org.thirdspace.search.node.ElasticsearchNode;
import org.thirdspace.search.node.NodeSettings;

/**
 * Launches the managed node as early as the context allows and registers it as the singleton
 * {@value #BEAN_NAME} (stopped when the context closes, also after a failed start).
 */
class ManagedElasticsearchBootstrap implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    static final String BEAN_NAME = "managedElasticsearchNode";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (beanFactory.containsSingleton(BEAN_NAME)) {
            return;
        }
        ElasticsearchNode node = ElasticsearchNode.launch(settings(environment, beanFactory.getBeanClassLoader()));
        beanFactory.registerSingleton(BEAN_NAME, node);
        if (beanFactory instanceof DefaultListableBeanFactory registry) {
            registry.registerDisposableBean(BEAN_NAME, node::stop);
        }
    }

    /** The node settings from {@code thirdspace.data-dir} and {@code thirdspace.elasticsearch.embedded.*}. */
    static NodeSettings settings(Environment environment, ClassLoader loader) {
        Binder binder = Binder.get(environment);
        ElasticsearchProperties props = binder.bindOrCreate("thirdspace.elasticsearch", ElasticsearchProperties.class);
        ElasticsearchProperties.Embedded embedded = props.getEmbedded();
        Path dataDir = Path.of(environment.getProperty("thirdspace.data-dir", "./data"));
        Path base = dataDir.resolve("elasticsearch");
        Path installDir = embedded.getInstallDir() != null ? embedded.getInstallDir() : base.resolve("dist");
        Path nodeDir = embedded.getNodeDir() != null ? embedded.getNodeDir() : base.resolve("node");
        ClassLoader cl = loader != null ? loader : ManagedElasticsearchBootstrap.class.getClassLoader();
        return NodeSettings.of(NodeSettings.DistributionSource.classpath(embedded.getDistribution(), cl),
                        embedded.getDistribution(), installDir, nodeDir)
                .withHeap(embedded.getHeap())
                .withStartupTimeout(embedded.getStartupTimeout());
    }
}
