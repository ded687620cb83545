package org.ogpld.endpoint.sparql;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.UpdateRequest;
import org.ogpld.endpoint.EndpointException;

/**
 * Refuses a query or update that names the store's own default graph ({@code urn:x-arq:DefaultGraph}): with the
 * default graph the union of the named graphs it holds no data, only the change log. Jena's optimizer turns a
 * constant IRI anywhere in a pattern ({@code FILTER (?g = <...>)}, {@code VALUES}) into a graph to read, so the
 * check looks at the optimized algebra, not just the text.
 */
final class StorageGraphGuard {

    private static final Pattern RESERVED = Pattern.compile("<urn:x-arq:DefaultGraph(Node)?>");
    private static final String MESSAGE = "The store's own default graph (urn:x-arq:DefaultGraph) is not readable or"
            + " writable here: the default graph is the union of the named graphs";

    private StorageGraphGuard() {}

    static void checkQuery(Query query, List<String> defaultGraphs, List<String> namedGraphs) {
        Stream.of(defaultGraphs, namedGraphs, query.getGraphURIs(), query.getNamedGraphURIs())
                .flatMap(List::stream).forEach(StorageGraphGuard::checkIri);
        if (query.getQueryPattern() != null) {
            checkOp(Algebra.compile(query));
        }
    }

    static void checkUpdate(UpdateRequest request) {
        // Every quad, USING and WITH graph of every operation, written without the request's prefixes.
        UpdateRequest plain = new UpdateRequest();
        request.getOperations().forEach(plain::add);
        check(plain.toString());
        // The writer leaves GRAPH <urn:x-arq:DefaultGraph> out of data and templates, as if it were the default.
        if (request.getOperations().stream().flatMap(UpdateIris::quads)
                .anyMatch(quad -> Quad.defaultGraphIRI.equals(quad.getGraph()))) {
            throw EndpointException.badRequest(MESSAGE);
        }
        request.getOperations().stream().filter(UpdateModify.class::isInstance).map(UpdateModify.class::cast)
                .filter(modify -> modify.getWherePattern() != null)
                .forEach(modify -> checkOp(Algebra.compile(modify.getWherePattern())));
    }

    private static void checkOp(Op op) {
        check(op.toString());
        check(Algebra.optimize(op).toString());
    }

    private static void checkIri(String iri) {
        check("<" + iri + ">");
    }

    private static void check(String text) {
        if (RESERVED.matcher(text).find()) {
            throw EndpointException.badRequest(MESSAGE);
        }
    }
}
