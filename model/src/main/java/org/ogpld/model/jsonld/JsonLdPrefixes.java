package org.ogpld.model.jsonld;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * Prefixes for Jena's JSON-LD writer, which turns a model's prefixes into its context: a prefix named like the
 * scheme of an IRI in the graph ({@code ogp} for an IRI {@code ogp:x}) would make every JSON-LD processor read that
 * IRI, written in full, as a compact IRI, so such prefixes are left out.
 *
 * <pre>{@code
 * model.setNsPrefixes(JsonLdPrefixes.readingAsThemselves(model.getGraph(), Vocab.prefixes()));
 * RDFDataMgr.write(out, model, RDFFormat.JSONLD11);
 * }</pre>
 */
public final class JsonLdPrefixes {

    private JsonLdPrefixes() {
    }

    /** {@code prefixes} without those named like the scheme of an IRI of {@code graph}. */
    public static PrefixMapping readingAsThemselves(Graph graph, PrefixMapping prefixes) {
        Set<String> schemes = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node node : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                scheme(node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralDatatypeURI() : null,
                        schemes);
            }
        });
        PrefixMapping result = PrefixMapping.Factory.create().setNsPrefixes(prefixes);
        schemes.forEach(result::removeNsPrefix);
        return result;
    }

    /** Adds the scheme of {@code iri} unless {@code //} follows it, which JSON-LD never reads as a compact IRI. */
    private static void scheme(String iri, Set<String> schemes) {
        int colon = iri == null ? -1 : iri.indexOf(':');
        if (colon > 0 && !iri.startsWith("//", colon + 1)) {
            schemes.add(iri.substring(0, colon));
        }
    }
}
