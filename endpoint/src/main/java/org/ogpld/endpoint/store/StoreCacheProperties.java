package org.ogpld.endpoint.store;

import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of TDB2's node caches for the served store, under {@code ogpld.store-cache}. TDB2 keeps up to a million
 * decoded terms by default (a {@code Node}, its id and strings, about 180 bytes each at SF 10): a server that walks
 * the whole store (dumps, harvest pages) ends up holding most of it on the heap. The bounds change how often a term
 * is read again from the node table, never what a query answers.
 *
 * @param nodeIdToNode decoded terms kept by node id (TDB2's {@code NodeId2NodeCacheSize}, default 1,000,000)
 * @param nodeToNodeId node ids kept by term, for the constants of queries and writes (TDB2's
 *                     {@code Node2NodeIdCacheSize}, default 200,000)
 */
@ConfigurationProperties("ogpld.store-cache")
public record StoreCacheProperties(@DefaultValue("200000") int nodeIdToNode,
                                   @DefaultValue("100000") int nodeToNodeId) {

    public StoreCacheProperties {
        if (nodeIdToNode < 1) {
            throw new IllegalArgumentException("ogpld.store-cache.node-id-to-node must be positive, not "
                    + nodeIdToNode);
        }
        if (nodeToNodeId < 1) {
            throw new IllegalArgumentException("ogpld.store-cache.node-to-node-id must be positive, not "
                    + nodeToNodeId);
        }
    }

    /** TDB2's default store parameters with these cache bounds. */
    StoreParams storeParams() {
        return StoreParamsBuilder.create(StoreParams.getDftStoreParams())
                .nodeId2NodeCacheSize(nodeIdToNode).node2NodeIdCacheSize(nodeToNodeId).build();
    }
}
