/**
 * Launching and stopping a real Elasticsearch node as a child process: the managed node the
 * application starts when no external cluster is configured, also used by the test support.
 * Plain Java, no Spring.
 */
@org.springframework.modulith.NamedInterface("node")
package org.thirdspace.search.node;
