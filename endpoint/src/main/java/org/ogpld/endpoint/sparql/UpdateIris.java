package org.ogpld.endpoint.sparql;

import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.model.io.LegalIris;

/**
 * Refuses an update whose data or templates name an IRI the store does not accept ({@link LegalIris}): the SPARQL
 * grammar already excludes spaces and {@code <>"{}|^`\}, but escaped controls and spaces, bad percent-encoding and
 * an empty {@code http:} host only make Jena's parser warn.
 */
final class UpdateIris {

    private UpdateIris() {}

    static void check(UpdateRequest request) {
        request.getOperations().stream().flatMap(UpdateIris::quads)
                .flatMap(quad -> Stream.of(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()))
                .filter(node -> node != null && node.isURI()).map(Node::getURI).distinct()
                .forEach(iri -> LegalIris.problem(iri).ifPresent(problem -> {
                    throw EndpointException.badRequest("Update refused: " + problem);
                }));
    }

    /** The quads an operation writes or matches literally (data, DELETE WHERE, templates). */
    static Stream<Quad> quads(Update operation) {
        if (operation instanceof UpdateData data) {
            return data.getQuads().stream();
        }
        if (operation instanceof UpdateDeleteWhere deleteWhere) {
            return deleteWhere.getQuads().stream();
        }
        if (operation instanceof UpdateModify modify) {
            return Stream.concat(modify.getInsertQuads().stream(), modify.getDeleteQuads().stream());
        }
        return Stream.empty();
    }
}
