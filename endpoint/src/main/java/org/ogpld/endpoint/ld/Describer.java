package org.ogpld.endpoint.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.stereotype.Component;

/**
 * Reads descriptions of resources from the store with SPARQL CONSTRUCT queries ({@code describe.rq},
 * {@code own.rq}) in a read transaction, bounded by the query timeout. The endpoint builds no triple itself.
 */
@Component
public class Describer {

    private static final String DESCRIBE = resource("describe.rq");
    private static final String OWN = resource("own.rq");

    private final Dataset dataset;
    private final ResourceIndex index;
    private final long timeoutMillis;

    Describer(Dataset dataset, ResourceIndex index, OgpldProperties properties) {
        this.dataset = dataset;
        this.index = index;
        this.timeoutMillis = properties.query().timeout().toMillis();
    }

    /**
     * What a page or a Linked Data client gets for {@code iri}: its statements and its parts', the labels of what
     * they link to, and incoming links with the labels and types of their subjects. Empty when the store does not
     * hold the resource.
     */
    public Graph describe(String iri) {
        return construct(DESCRIBE, iri, index.current().subjects(iri));
    }

    /**
     * What a harvester gets for some resources: the statements of the given subjects (resources and their parts,
     * from {@link ResourceIndex}) and of the blank nodes below them, nothing else.
     */
    public Graph own(List<Node> subjects) {
        Graph own = construct(OWN, null, subjects);
        Txn.executeRead(dataset, () -> addBlankNodesBelow(own));
        return own;
    }

    /**
     * Adds the statements of blank nodes more than one level down (an RDF list, such as an {@code owl:unionOf}),
     * which {@code own.rq}'s one level does not reach, so that harvest items still add up to the store.
     */
    private void addBlankNodesBelow(Graph graph) {
        java.util.Deque<Node> pending = new java.util.ArrayDeque<>();
        java.util.Set<Node> seen = new java.util.HashSet<>();
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank()) {
                seen.add(t.getSubject());
            }
        });
        graph.find().forEachRemaining(t -> {
            if (t.getObject().isBlank() && !seen.contains(t.getObject())) {
                pending.add(t.getObject());
            }
        });
        while (!pending.isEmpty()) {
            Node blank = pending.pop();
            if (seen.add(blank)) {
                dataset.asDatasetGraph().find(Node.ANY, blank, Node.ANY, Node.ANY).forEachRemaining(quad -> {
                    graph.add(quad.asTriple());
                    if (quad.getObject().isBlank() && !seen.contains(quad.getObject())) {
                        pending.add(quad.getObject());
                    }
                });
            }
        }
    }

    private Graph construct(String template, String iri, List<Node> subjects) {
        if (subjects.isEmpty()) {
            return org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        }
        String values = subjects.stream().map(NodeFmtLib::strNT)
                .collect(Collectors.joining(" ", "VALUES ?s { ", " }"));
        ParameterizedSparqlString text = new ParameterizedSparqlString(template.replace("#PARTS#", values));
        if (iri != null) {
            text.setIri("resource", iri);
        }
        Query query = text.asQuery();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                return exec.construct();
            }
        });
    }

    private static String resource(String name) {
        try (InputStream in = Describer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + name + " beside " + Describer.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
