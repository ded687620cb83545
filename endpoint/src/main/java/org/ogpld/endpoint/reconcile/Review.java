package org.ogpld.endpoint.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The links up for review: those stored in the linkset graph and those discovery proposes now, one row per pair of
 * resources, each with the reviewer's decision if there is one.
 */
final class Review {

    /**
     * One link to review.
     *
     * @param status {@code proposed}, {@code accepted} or {@code rejected}
     * @param score the proposal's score as written in the linkset, or empty
     */
    record Row(String subject, String predicate, String object, String score, String evidence, String status,
            String by, String at) {}

    private Review() {}

    /**
     * The rows for the stored linkset graph of {@code stored} (inside the caller's read transaction), the proposals
     * {@code proposed} (a linkset graph as {@link Linkset#model} makes it) and the decisions, rejected ones included
     * so that a reviewer sees them.
     */
    static List<Row> rows(DatasetGraph stored, String base, Model proposed, Map<String, Decisions.Decision> decided) {
        Map<String, Row> rows = new TreeMap<>();
        stored.find(NodeFactory.createURI(Linkset.graph(base)), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (Decisions.linkPredicate(q.getPredicate().getURI()) && q.getObject().isURI()) {
                rows.putIfAbsent(Decisions.Decision.key(q.getSubject().getURI(), q.getObject().getURI()), new Row(
                        q.getSubject().getURI(), q.getPredicate().getURI(), q.getObject().getURI(), "", "",
                        "proposed", "", ""));
            }
        });
        proposed.listSubjectsWithProperty(RDF.type, RDF.Statement).forEachRemaining(s -> {
            Resource subject = s.getPropertyResourceValue(RDF.subject);
            Resource object = s.getPropertyResourceValue(RDF.object);
            rows.put(Decisions.Decision.key(subject.getURI(), object.getURI()), new Row(subject.getURI(),
                    s.getPropertyResourceValue(RDF.predicate).getURI(), object.getURI(), text(s.getProperty(RDF.value)),
                    text(s.getProperty(DCTerms.description)), "proposed", "", ""));
        });
        decided.forEach((key, d) -> {
            Row known = rows.get(key);
            rows.put(key, new Row(d.subject(), d.predicate(), d.object(), known == null ? "" : known.score(),
                    known == null ? "" : known.evidence(), d.accepted() ? Decisions.ACCEPTED : Decisions.REJECTED,
                    d.by(), d.at().toString()));
        });
        return new ArrayList<>(rows.values());
    }

    private static String text(Statement statement) {
        return statement == null ? "" : statement.getLiteral().getLexicalForm();
    }
}
