package org.ogpld.endpoint.gsp;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.store.StoreWrites;
import org.ogpld.endpoint.sparql.Negotiation;
import org.ogpld.endpoint.sparql.OutputFormat;
import org.ogpld.endpoint.sparql.RdfOutput;
import org.springframework.stereotype.Service;

/**
 * Graph store operations on the TDB2 dataset. The default graph reads as the union of the named graphs; writes
 * addressed to it go to the named graph {@code {base}graph/default}, which is part of that union.
 */
@Service
class GspService {

    /** What a write did, for the status code. */
    enum Outcome { CREATED, UPDATED }

    private final Dataset dataset;
    private final StoreWrites writes;
    private final Node defaultGraphWrites;
    private final PublicUrl publicUrl;

    GspService(Dataset dataset, StoreWrites writes, OgpldProperties properties, PublicUrl publicUrl) {
        this.dataset = dataset;
        this.writes = writes;
        this.publicUrl = publicUrl;
        this.defaultGraphWrites = NodeFactory.createURI(properties.defaultGraphWrites());
    }

    /** GET or HEAD: the graph (or dataset) in the negotiated syntax; 404 for a graph the store does not hold. */
    long read(GraphTarget target, String accept, boolean headOnly, HttpServletResponse response) {
        Negotiation negotiation = target.kind() == GraphTarget.Kind.DATASET ? Negotiation.DATASET : Negotiation.GRAPH;
        OutputFormat format = negotiation.choose(accept, null);
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (target.kind() == GraphTarget.Kind.NAMED && !dsg.containsGraph(target.graph())) {
                throw EndpointException.notFound("No such graph: " + target.label());
            }
            RdfOutput.startResponse(response, format);
            if (headOnly) {
                return 0L;
            }
            try {
                OutputStream out = response.getOutputStream();
                if (target.kind() == GraphTarget.Kind.DATASET) {
                    return RdfOutput.quads(out, format, dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY),
                            dsg.prefixes());
                }
                Graph graph = target.kind() == GraphTarget.Kind.DEFAULT ? dsg.getUnionGraph()
                        : dsg.getGraph(target.graph());
                return write(out, format, graph, dsg);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    private long write(OutputStream out, OutputFormat format, Graph graph, DatasetGraph dsg)
            throws IOException {
        if (format.streaming()) {
            return RdfOutput.triples(out, format, graph.find(), dsg.prefixes(), publicUrl.context());
        }
        RdfOutput.graph(out, format, graph, publicUrl.context());
        return graph.size();
    }

    /** PUT (replace) or POST (add) the buffered upload into one graph. */
    Outcome store(GraphTarget target, DatasetGraph upload, boolean replace) {
        if (upload.listGraphNodes().hasNext()) {
            throw EndpointException.badRequest("The body holds named graphs; send a triples syntax to "
                    + target.label() + " or send quads to the dataset");
        }
        Node graph = target.kind() == GraphTarget.Kind.DEFAULT ? defaultGraphWrites : target.graph();
        return writes.write(() -> {
            DatasetGraph dsg = writes.target();
            boolean existed = target.kind() == GraphTarget.Kind.DEFAULT || dsg.containsGraph(graph);
            if (replace) {
                dsg.removeGraph(graph);
            }
            upload.getDefaultGraph().find().forEachRemaining(t -> dsg.add(Quad.create(graph, t)));
            return existed ? Outcome.UPDATED : Outcome.CREATED;
        });
    }

    /** PUT (replace everything) or POST (add) quads to the whole dataset. */
    void storeDataset(DatasetGraph upload, boolean replace) {
        writes.write(() -> {
            DatasetGraph dsg = writes.target();
            if (replace) {
                dsg.clear();
            }
            upload.find().forEachRemaining(q -> dsg.add(q.isDefaultGraph()
                    ? Quad.create(defaultGraphWrites, q.asTriple()) : q));
        });
    }

    /** Whether the buffered upload is plain triples (no named graphs). */
    static boolean triplesOnly(DatasetGraph upload) {
        return !upload.listGraphNodes().hasNext();
    }

    /** DELETE: removes the graph; 404 if the store does not hold it. */
    void delete(GraphTarget target) {
        Node graph = target.kind() == GraphTarget.Kind.DEFAULT ? defaultGraphWrites : target.graph();
        writes.write(() -> {
            DatasetGraph dsg = writes.target();
            if (target.kind() == GraphTarget.Kind.NAMED && !dsg.containsGraph(graph)) {
                throw EndpointException.notFound("No such graph: " + target.label());
            }
            dsg.removeGraph(graph);
        });
    }
}
