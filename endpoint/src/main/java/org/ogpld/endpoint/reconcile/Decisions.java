package org.ogpld.endpoint.reconcile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Slugs;

/**
 * The reviewers' decisions on proposed links, in the graph {@code {base}graph/reconciliation-decisions}: per pair
 * of resources, one {@code rdf:Statement} of the link with {@code rdf:value "accepted"} or {@code "rejected"},
 * {@code dct:creator} (who) and {@code dct:created} (when). A rejected pair is never proposed again; an accepted
 * link stays in the linkset graph whatever discovery proposes later.
 */
public final class Decisions {

    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";

    private Decisions() {}

    /** One decision on the link {@code subject predicate object}. */
    record Decision(String subject, String predicate, String object, boolean accepted, String by, Instant at) {

        String key() {
            return key(subject, object);
        }

        static String key(String a, String b) {
            return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
        }
    }

    /** The name of the graph the decisions are kept in. */
    public static String graph(String base) {
        return base + "graph/reconciliation-decisions";
    }

    /** The decisions in the store, by {@link Decision#key() pair}, inside the caller's transaction. */
    static Map<String, Decision> read(DatasetGraph dataset, String base) {
        Map<String, Decision> decisions = new TreeMap<>();
        Model m = ModelFactory.createModelForGraph(dataset.getGraph(NodeFactory.createURI(graph(base))));
        m.listSubjectsWithProperty(RDF.type, RDF.Statement).forEachRemaining(d -> {
            Resource subject = d.getPropertyResourceValue(RDF.subject);
            Resource predicate = d.getPropertyResourceValue(RDF.predicate);
            Resource object = d.getPropertyResourceValue(RDF.object);
            Statement value = d.getProperty(RDF.value);
            Statement by = d.getProperty(DCTerms.creator);
            Statement at = d.getProperty(DCTerms.created);
            if (subject != null && predicate != null && object != null && value != null) {
                Decision decision = new Decision(subject.getURI(), predicate.getURI(), object.getURI(),
                        ACCEPTED.equals(value.getString()), by == null ? "" : by.getString(),
                        at == null ? Instant.EPOCH : Instant.parse(at.getLiteral().getLexicalForm()));
                decisions.put(decision.key(), decision);
            }
        });
        return decisions;
    }

    /**
     * Records {@code decision} in the decisions graph, replacing an earlier one on the same pair, and applies it to
     * the linkset graph: an accepted link is put there, a rejected one and its statement taken out. Inside the
     * caller's write transaction, on the store as writes must change it.
     */
    static void record(DatasetGraph target, String base, Decision decision) {
        Node decisions = NodeFactory.createURI(graph(base));
        Node node = NodeFactory.createURI(graph(base) + "#decision-" + Slugs.shortHash(decision.key()));
        target.deleteAny(decisions, node, Node.ANY, Node.ANY);
        Model m = ModelFactory.createDefaultModel();
        Resource subject = m.createResource(decision.subject());
        Resource object = m.createResource(decision.object());
        m.createResource(node.getURI()).addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, subject)
                .addProperty(RDF.predicate, m.createResource(decision.predicate()))
                .addProperty(RDF.object, object)
                .addProperty(RDF.value, decision.accepted() ? ACCEPTED : REJECTED)
                .addProperty(DCTerms.creator, decision.by())
                .addLiteral(DCTerms.created, m.createTypedLiteral(decision.at().toString(), XSDDatatype.XSDdateTime));
        m.getGraph().find().forEachRemaining(t -> target.add(decisions, t.getSubject(), t.getPredicate(),
                t.getObject()));
        Node links = NodeFactory.createURI(Linkset.graph(base));
        for (Property predicate : new Property[] {OWL.sameAs, SKOS.closeMatch}) {
            target.delete(links, subject.asNode(), predicate.asNode(), object.asNode());
            target.delete(links, object.asNode(), predicate.asNode(), subject.asNode());
        }
        if (decision.accepted()) {
            target.add(links, subject.asNode(), NodeFactory.createURI(decision.predicate()), object.asNode());
        } else {
            removeStatements(target, links, subject, object);
            removeStatements(target, links, object, subject);
        }
    }

    /** The proposal's statement (score, evidence) of a rejected link, which no longer describes a link. */
    private static void removeStatements(DatasetGraph target, Node links, RDFNode subject, RDFNode object) {
        List<Node> statements = new ArrayList<>();
        target.find(links, Node.ANY, RDF.subject.asNode(), subject.asNode())
                .forEachRemaining(q -> statements.add(q.getSubject()));
        statements.stream()
                .filter(s -> target.contains(links, s, RDF.object.asNode(), object.asNode()))
                .forEach(s -> target.deleteAny(links, s, Node.ANY, Node.ANY));
    }

    /** Whether {@code predicate} is one a decision may keep a link as. */
    static boolean linkPredicate(String predicate) {
        return OWL.sameAs.getURI().equals(predicate) || SKOS.closeMatch.getURI().equals(predicate);
    }
}
