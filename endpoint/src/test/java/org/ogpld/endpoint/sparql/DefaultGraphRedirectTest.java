package org.ogpld.endpoint.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs redirected updates on a union-default-graph TDB2 store and looks where the quads land. */
class DefaultGraphRedirectTest {

    private static final Node TARGET = NodeFactory.createURI("http://example.org/graph/default");

    private Dataset dataset;

    @BeforeEach
    void unionStore() {
        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        run("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> 1 } }");
    }

    private void run(String update) {
        var request = DefaultGraphRedirect.apply(UpdateFactory.create(update), TARGET);
        Txn.executeWrite(dataset, () -> UpdateExec.dataset(dataset.asDatasetGraph()).update(request).execute());
    }

    private boolean holds(String quad) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(SSE.parseQuad(quad)));
    }

    private long size(Node graph) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getGraph(graph).size());
    }

    @Test
    void insertDataWithoutGraphGoesToTheTarget() {
        run("INSERT DATA { <urn:b> <urn:p> 2 }");
        assertThat(holds("(<http://example.org/graph/default> <urn:b> <urn:p> 2)")).isTrue();
        DatasetGraph dsg = dataset.asDatasetGraph();
        assertThat(Txn.calculateRead(dataset, () -> dsg.getDefaultGraph().isEmpty())).isTrue();
    }

    @Test
    void insertWhereMatchesTheUnionAndWritesToTheTarget() {
        run("INSERT { ?s <urn:q> ?o } WHERE { ?s <urn:p> ?o }");
        assertThat(holds("(<http://example.org/graph/default> <urn:a> <urn:q> 1)")).isTrue();
    }

    @Test
    void deleteWhereRemovesFromTheTargetOnly() {
        run("INSERT DATA { <urn:a> <urn:p> 1 }");
        run("DELETE WHERE { <urn:a> <urn:p> ?o }");
        assertThat(size(TARGET)).isZero();
        assertThat(holds("(<urn:g> <urn:a> <urn:p> 1)")).isTrue();
    }

    @Test
    void withClauseIsLeftAlone() {
        run("WITH <urn:g> INSERT { ?s <urn:q> ?o } WHERE { ?s <urn:p> ?o }");
        assertThat(size(TARGET)).isZero();
        assertThat(holds("(<urn:g> <urn:a> <urn:q> 1)")).isTrue();
    }

    @Test
    void clearDefaultClearsTheTargetNotTheNamedGraphs() {
        run("INSERT DATA { <urn:b> <urn:p> 2 }");
        run("CLEAR DEFAULT");
        assertThat(size(TARGET)).isZero();
        assertThat(holds("(<urn:g> <urn:a> <urn:p> 1)")).isTrue();
    }

    @Test
    void copyDefaultCopiesTheTarget() {
        run("INSERT DATA { <urn:b> <urn:p> 2 }");
        run("COPY DEFAULT TO <urn:copy>");
        assertThat(holds("(<urn:copy> <urn:b> <urn:p> 2)")).isTrue();
        assertThat(holds("(<urn:copy> <urn:a> <urn:p> 1)")).isFalse();
    }
}
