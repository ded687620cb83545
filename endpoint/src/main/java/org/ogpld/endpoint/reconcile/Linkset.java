package org.ogpld.endpoint.reconcile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.ogpld.model.Slugs;

/**
 * The proposed links as a graph of their own, {@code {base}graph/reconciliation-links}: each link, its score and
 * evidence (an {@code rdf:Statement} with {@code rdf:value} and {@code dct:description}), and a VoID description:
 * one {@code void:Linkset} per pair of sources and link predicate, with its count.
 *
 * <pre>{@code
 * Model links = Linkset.propose(dataset, base, ReconcileProperties.defaults(), Instant.now());
 * }</pre>
 */
public final class Linkset {

    private Linkset() {}

    /** The name of the graph the links are published in. */
    public static String graph(String base) {
        return base + "graph/reconciliation-links";
    }

    /**
     * Proposes the links of a store (inside the caller's read transaction) as the linkset graph: none a reviewer
     * rejected, and every link a reviewer accepted, proposed again or not.
     */
    public static Model propose(DatasetGraph dataset, String base, ReconcileProperties settings, Instant created) {
        Map<String, Decisions.Decision> decisions = Decisions.read(dataset, base);
        return model(new LinkDiscovery(settings).propose(new EntityReader(dataset, base).read(), decisions),
                decisions, base, created);
    }

    static Model model(List<LinkDiscovery.Link> links, String base, Instant created) {
        return model(links, Map.of(), base, created);
    }

    /** The linkset graph of {@code links}, with the accepted links of {@code decisions} as their reviewer kept them. */
    static Model model(List<LinkDiscovery.Link> links, Map<String, Decisions.Decision> decisions, String base,
            Instant created) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("owl", OWL.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("void", VOID.NS)
                .setNsPrefix("dct", DCTerms.NS).setNsPrefix("rdf", RDF.uri);
        String graph = graph(base);
        Resource dataset = m.createResource(graph).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "Links proposed between sources by ogpld link", "en")
                .addProperty(DCTerms.description, "owl:sameAs above the high threshold with unambiguous evidence, "
                        + "skos:closeMatch below it; each link is described by a statement with its score "
                        + "(rdf:value) and evidence (dct:description), for review", "en")
                .addLiteral(DCTerms.created, m.createTypedLiteral(created.toString(), XSDDatatype.XSDdateTime));
        for (LinkDiscovery.Link link : links) {
            Decisions.Decision decision = decisions.get(Decisions.Decision.key(link.subject().iri(),
                    link.object().iri()));
            boolean kept = decision != null && decision.accepted();
            Property predicate = kept ? m.createProperty(decision.predicate())
                    : link.sameAs() ? OWL.sameAs : SKOS.closeMatch;
            Resource subject = m.createResource(kept ? decision.subject() : link.subject().iri());
            Resource object = m.createResource(kept ? decision.object() : link.object().iri());
            subject.addProperty(predicate, object);
            m.createResource(graph + "#link-" + Slugs.shortHash(link.subject().iri() + " " + link.object().iri()))
                    .addProperty(RDF.type, RDF.Statement)
                    .addProperty(RDF.subject, subject).addProperty(RDF.predicate, predicate)
                    .addProperty(RDF.object, object)
                    .addLiteral(RDF.value, m.createTypedLiteral(String.format(java.util.Locale.ROOT, "%.3f",
                            link.score()), XSDDatatype.XSDdecimal))
                    .addProperty(DCTerms.description, link.evidence(), "en");
        }
        decisions.values().stream().filter(Decisions.Decision::accepted).forEach(d -> m.createResource(d.subject())
                .addProperty(m.createProperty(d.predicate()), m.createResource(d.object())));
        LinkDiscovery.counts(links).forEach((pair, byPredicate) -> linksets(m, dataset, pair, byPredicate));
        return m;
    }

    private static void linksets(Model m, Resource dataset, List<String> pair, Map<Boolean, Integer> byPredicate) {
        byPredicate.forEach((sameAs, count) -> {
            Property predicate = sameAs ? OWL.sameAs : SKOS.closeMatch;
            Resource linkset = m.createResource(dataset.getURI() + "#linkset-" + Slugs.shortHash(pair.get(0) + " "
                            + pair.get(1) + " " + predicate.getURI()))
                    .addProperty(RDF.type, VOID.Linkset)
                    .addProperty(VOID.subjectsTarget, m.createResource(pair.get(0)))
                    .addProperty(VOID.objectsTarget, m.createResource(pair.get(1)))
                    .addProperty(VOID.linkPredicate, predicate)
                    .addLiteral(VOID.triples, m.createTypedLiteral(count.longValue()));
            dataset.addProperty(VOID.subset, linkset);
        });
    }
}
