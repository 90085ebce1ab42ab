package org.thirdspace.search.config;

import org.springframework.context.SmartLifecycle;
import org.thirdspace.search.node.ElasticsearchNode;

/**
 * Holds the context's start until the managed node is healthy, so the application never reports
 * ready without a working search. Runs in an early phase: everything else in the context has
 * been created meanwhile; lifecycle beans of later phases (index set-up, the web server) start
 * after it. The node itself is stopped when the context is closed (after the beans using it).
 */
class ManagedElasticsearchLifecycle implements SmartLifecycle {

    /** Phase of this bean; {@link org.thirdspace.search.SearchIndexes} starts after it. */
    static final int PHASE = -1000;

    private final ElasticsearchNode node;
    private volatile boolean running;

    ManagedElasticsearchLifecycle(ElasticsearchNode node) {
        this.node = node;
    }

    @Override
    public void start() {
        node.awaitHealthy();
        running = true;
    }

    @Override
    public void stop() {
        // the node outlives the lifecycle stop: beans may still flush to it while being destroyed
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
