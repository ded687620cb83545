package org.ogpld.model.jsonld;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * Which resources are parts written inside their owner's node object: a resource {@code {iri}#…} (or a blank node)
 * with statements of its own that exactly one statement refers to, from a subject of the same document
 * {@code {iri}} — talks, milestones, assessments, intervals.
 */
final class Owners {

    private Owners() {
    }

    /** Each part of {@code graph} mapped to its owner. */
    static Map<Node, Node> of(Graph graph) {
        Map<Node, Node> referrer = new HashMap<>();
        Map<Node, Integer> references = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (!o.isLiteral() && !t.getPredicate().equals(RDF.type.asNode())) {
                references.merge(o, 1, Integer::sum);
                referrer.put(o, t.getSubject());
            }
        });
        Map<Node, Node> owners = new HashMap<>();
        references.forEach((node, count) -> {
            Node from = referrer.get(node);
            if (count == 1 && !from.equals(node) && graph.contains(node, Node.ANY, Node.ANY)
                    && (node.isBlank() || sameDocument(node, from))) {
                owners.put(node, from);
            }
        });
        breakCycles(owners);
        return owners;
    }

    /** A part owned, through a chain, by itself would never be written: such parts stay top-level. */
    private static void breakCycles(Map<Node, Node> owners) {
        for (Node start : new ArrayList<>(owners.keySet())) {
            Node at = owners.get(start);
            for (int steps = 0; at != null && steps <= owners.size(); steps++) {
                if (at.equals(start)) {
                    owners.remove(start);
                    break;
                }
                at = owners.get(at);
            }
        }
    }

    private static boolean sameDocument(Node part, Node owner) {
        if (!part.isURI() || !owner.isURI()) {
            return false;
        }
        String iri = part.getURI();
        int hash = iri.indexOf('#');
        String base = iri.substring(0, Math.max(hash, 0));
        return hash > 0 && (owner.getURI().equals(base) || owner.getURI().startsWith(base + "#"));
    }
}
