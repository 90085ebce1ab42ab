package org.thirdspace.search.node;

/** The managed Elasticsearch node could not be started or did not become healthy. */
public class ElasticsearchStartupException extends RuntimeException {

    public ElasticsearchStartupException(String message) {
        super(message);
    }

    public ElasticsearchStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
