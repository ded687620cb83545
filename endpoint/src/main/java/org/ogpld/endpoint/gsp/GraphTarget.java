package org.ogpld.endpoint.gsp;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.model.io.LegalIris;

/**
 * What a graph store request addresses: the default graph, one named graph, or the whole dataset.
 *
 * @param kind which of the three
 * @param graph the graph's name for {@link Kind#NAMED}, otherwise null
 */
record GraphTarget(Kind kind, Node graph) {

    enum Kind { DEFAULT, NAMED, DATASET }

    static final String DIRECT_PREFIX = "/ogp/data/";

    /**
     * Reads the target from the request: {@code ?default}, {@code ?graph=IRI} (decoded once, as the query string
     * is), a path below {@code /ogp/data/} naming the graph whose IRI is the request's public URL
     * ({@code requestUrl}), or nothing for the whole dataset.
     */
    static GraphTarget of(HttpServletRequest request, String requestUrl) {
        String[] graphs = request.getParameterValues("graph");
        boolean isDefault = request.getParameterValues("default") != null;
        boolean direct = isDirect(request);
        if ((graphs != null ? 1 : 0) + (isDefault ? 1 : 0) + (direct ? 1 : 0) > 1) {
            throw EndpointException.badRequest("Name one target: ?default, ?graph=IRI or a path below /ogp/data/");
        }
        if (direct) {
            return named(requestUrl);
        }
        if (isDefault) {
            return new GraphTarget(Kind.DEFAULT, null);
        }
        if (graphs != null) {
            if (graphs.length > 1) {
                throw EndpointException.badRequest("Several graph= parameters; name one graph");
            }
            return named(graphs[0]);
        }
        return new GraphTarget(Kind.DATASET, null);
    }

    private static boolean isDirect(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(DIRECT_PREFIX) && path.length() > DIRECT_PREFIX.length();
    }

    static GraphTarget named(String iri) {
        LegalIris.problem(iri).ifPresent(problem -> {
            throw EndpointException.badRequest("Graph name: " + problem);
        });
        return new GraphTarget(Kind.NAMED, NodeFactory.createURI(iri));
    }

    String label() {
        return switch (kind) {
            case DEFAULT -> "the default graph";
            case DATASET -> "the dataset";
            case NAMED -> "<" + graph.getURI() + ">";
        };
    }
}
