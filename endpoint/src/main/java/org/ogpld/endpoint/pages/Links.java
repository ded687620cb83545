package org.ogpld.endpoint.pages;

import java.util.Locale;
import org.apache.jena.graph.Node;
import org.ogpld.endpoint.ld.DataIris;
import org.ogpld.vocab.OGP;

/**
 * Where a page links an IRI to: this publication's resources and vocabulary terms to this server's pages, other
 * http(s) IRIs to themselves, anything else (a {@code javascript:} IRI in the data) nowhere.
 */
final class Links {

    private final DataIris iris;

    Links(DataIris iris) {
        this.iris = iris;
    }

    String href(Node node) {
        String vocabulary = vocabularyHref(node);
        if (vocabulary == null || !vocabulary.startsWith("http")) {
            return vocabulary;
        }
        return iris.docLink(node.getURI()).orElse(vocabulary);
    }

    /** The link of an IRI that is not data of this publication: {@code ogp:} terms to {@code /ns}. */
    static String vocabularyHref(Node node) {
        if (!node.isURI()) {
            return null;
        }
        String iri = node.getURI();
        if (iri.startsWith(OGP.NS)) {
            return "/ns#" + iri.substring(OGP.NS.length());
        }
        return web(iri) ? iri : null;
    }

    private static boolean web(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
