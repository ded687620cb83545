package org.ogpld.endpoint.harvest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.changes.FeedSnapshot;
import org.ogpld.endpoint.ld.Validators;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The whole store in one file, written as it is read in one read transaction (a consistent snapshot) and never
 * held in memory whole: {@code /dump/ogp.nq.gz} (N-Quads, gzip) and {@code /dump/ogp.jsonld} (JSON-LD with the
 * OGP-LD context, one {@code @graph} per named graph, compacted a batch of subjects at a time).
 */
@Controller
class DumpController {

    private static final int BATCH = 200;

    private final Dataset dataset;
    private final Validators validators;

    private final PublicUrl publicUrl;
    private final FeedSnapshot snapshot;

    DumpController(Dataset dataset, Validators validators, PublicUrl publicUrl, FeedSnapshot snapshot) {
        this.snapshot = snapshot;
        this.dataset = dataset;
        this.publicUrl = publicUrl;
        this.validators = validators;
    }

    @GetMapping("/dump/ogp.nq.gz")
    void nquads(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "dump");
        if (validators.notModified("nq-gz", request, response)) {
            return;
        }
        response.setContentType("application/gzip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ogp.nq.gz\"");
        Txn.executeRead(dataset, () -> {
            snapshot.describe(response);
            try (GZIPOutputStream gzip = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS);
                stream.start();
                dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                stream.finish();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    @GetMapping("/dump/ogp.jsonld")
    void jsonld(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "dump");
        if (validators.notModified("jsonld", request, response)) {
            return;
        }
        response.setContentType("application/ld+json");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"ogp.jsonld\"");
        Txn.executeRead(dataset, () -> {
            try {
                OutputStream out = response.getOutputStream();
                JsonGenerator json = Json.createGeneratorFactory(Map.of()).createGenerator(out);
                json.writeStartObject().write("@context", publicUrl.context()).writeStartArray("@graph");
                writeGraphs(dataset.asDatasetGraph(), json);
                json.writeEnd().writeEnd().close();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    /** The named graphs: the storage default graph holds the change log, not data. */
    private static void writeGraphs(DatasetGraph dsg, JsonGenerator json) {
        for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext(); ) {
            Node name = names.next();
            json.writeStartObject().write("@id", name.getURI()).writeStartArray("@graph");
            writeNodes(dsg.getGraph(name), json);
            json.writeEnd().writeEnd();
        }
    }

    /** Compacts the graph's subjects a batch at a time, so that memory holds one batch, not the store. */
    private static void writeNodes(Graph graph, JsonGenerator json) {
        Set<Node> batch = new LinkedHashSet<>();
        Node previous = null;
        for (Iterator<Node> subjects = graph.find().mapWith(Triple::getSubject); subjects.hasNext(); ) {
            Node subject = subjects.next();
            if (subject.equals(previous) || batch.contains(subject)) {
                continue;
            }
            previous = subject;
            if (batch.size() >= BATCH) {
                writeBatch(graph, batch, json);
                batch.clear();
            }
            batch.add(subject);
        }
        writeBatch(graph, batch, json);
    }

    private static void writeBatch(Graph graph, Set<Node> subjects, JsonGenerator json) {
        if (subjects.isEmpty()) {
            return;
        }
        Graph part = GraphFactory.createDefaultGraph();
        List<Node> ordered = new ArrayList<>(subjects);
        ordered.forEach(s -> graph.find(s, Node.ANY, Node.ANY).forEachRemaining(part::add));
        JsonLdNodes.of(part).forEach(json::write);
    }
}
