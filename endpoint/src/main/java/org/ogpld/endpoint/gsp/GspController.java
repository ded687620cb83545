package org.ogpld.endpoint.gsp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.security.WriteGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graph Store Protocol endpoints: {@code /ogp/data} (and {@code /ogp/data/{path}} for direct identification) read
 * and write, {@code /ogp/get} only reads, and {@code /ogp?graph=} / {@code /ogp?default} as in Fuseki. Writes need
 * credentials (see {@link WriteGuard}).
 */
@RestController
class GspController {

    private static final String READ_WRITE = "/ogp/data";
    private static final String DIRECT = "/ogp/data/**";
    private static final String DATASET = "/ogp";

    private final GspService graphs;
    private final WriteGuard writeGuard;
    private final PublicUrl publicUrl;

    GspController(GspService graphs, WriteGuard writeGuard, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.graphs = graphs;
        this.writeGuard = writeGuard;
    }

    @RequestMapping(path = {READ_WRITE, DIRECT, "/ogp/get"}, method = {RequestMethod.GET, RequestMethod.HEAD})
    void read(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "gsp-read");
        GraphTarget target = GraphTarget.of(request, publicUrl.of(request));
        long triples = graphs.read(target, request.getHeader(HttpHeaders.ACCEPT), "HEAD".equals(request.getMethod()),
                response);
        RequestFacts.rows(request, triples);
    }

    @RequestMapping(path = {READ_WRITE, DIRECT}, method = {RequestMethod.PUT, RequestMethod.POST})
    void write(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "gsp-write");
        writeGuard.authorize(request);
        GraphTarget target = GraphTarget.of(request, publicUrl.of(request));
        boolean replace = "PUT".equals(request.getMethod());
        String base = target.kind() == GraphTarget.Kind.NAMED ? target.graph().getURI()
                : publicUrl.of(request);
        DatasetGraph upload = RdfUpload.read(request, base, publicUrl.context());
        RequestFacts.rows(request, upload.stream().count());
        if (target.kind() != GraphTarget.Kind.DATASET) {
            GspService.Outcome outcome = graphs.store(target, upload, replace);
            response.setStatus(outcome == GspService.Outcome.CREATED ? HttpServletResponse.SC_CREATED
                    : HttpServletResponse.SC_NO_CONTENT);
        } else if (GspService.triplesOnly(upload)) {
            if (replace) {
                throw EndpointException.badRequest("PUT to the whole dataset needs quads (TriG, N-Quads); to PUT "
                        + "triples name a graph with ?graph=IRI or ?default");
            }
            createGraph(response, upload);
        } else {
            graphs.storeDataset(upload, replace);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    /**
     * POST of triples to the store itself: a new graph named below /ogp/data/ at the public URL (from configuration,
     * never from the request's {@code Host}), where direct identification serves it; returned in Location.
     */
    private void createGraph(HttpServletResponse response, DatasetGraph upload) {
        String iri = publicUrl.of(GraphTarget.DIRECT_PREFIX + UUID.randomUUID());
        graphs.store(GraphTarget.named(iri), upload, false);
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setHeader(HttpHeaders.LOCATION, iri);
    }

    /** Fuseki also serves the graph store protocol on the dataset URL itself when a graph is named. */
    @RequestMapping(path = DATASET, params = "graph",
            method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.PUT, RequestMethod.POST,
                RequestMethod.DELETE})
    void onDatasetWithGraph(HttpServletRequest request, HttpServletResponse response) {
        onDataset(request, response);
    }

    @RequestMapping(path = DATASET, params = "default",
            method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.PUT, RequestMethod.POST,
                RequestMethod.DELETE})
    void onDatasetWithDefault(HttpServletRequest request, HttpServletResponse response) {
        onDataset(request, response);
    }

    private void onDataset(HttpServletRequest request, HttpServletResponse response) {
        switch (request.getMethod()) {
            case "GET", "HEAD" -> read(request, response);
            case "DELETE" -> delete(request, response);
            default -> write(request, response);
        }
    }

    @RequestMapping(path = {READ_WRITE, DIRECT}, method = RequestMethod.DELETE)
    void delete(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "gsp-write");
        writeGuard.authorize(request);
        GraphTarget target = GraphTarget.of(request, publicUrl.of(request));
        if (target.kind() == GraphTarget.Kind.DATASET) {
            throw EndpointException.methodNotAllowed("DELETE needs ?default, ?graph=IRI or a graph path",
                    "GET, HEAD, PUT, POST");
        }
        graphs.delete(target);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
