package org.ogpld.model.rdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.rdf.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.ogpld.vocab.Vocab;

/** RDF4J as the independent oracle: Jena data goes over as N-Quads text and is parsed by Rio. */
public final class Rdf4j {

    private Rdf4j() {
    }

    /** The Jena model as an RDF4J model, through N-Triples text. */
    public static org.eclipse.rdf4j.model.Model of(Model model) {
        StringWriter text = new StringWriter();
        RDFDataMgr.write(text, model, Lang.NTRIPLES);
        return parse(text.toString(), RDFFormat.NTRIPLES);
    }

    /** The Jena dataset as an RDF4J model with contexts, through N-Quads text. */
    public static org.eclipse.rdf4j.model.Model of(DatasetGraph dataset) {
        StringWriter text = new StringWriter();
        RDFDataMgr.write(text, dataset, Lang.NQUADS);
        return parse(text.toString(), RDFFormat.NQUADS);
    }

    public static org.eclipse.rdf4j.model.Model parse(String text, RDFFormat format) {
        try {
            return Rio.parse(new StringReader(text), "http://base.invalid/", format);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses with Rio. JSON-LD is parsed under the root locale: RDF4J's JSON-LD library (hasmac-json-ld 0.10.2)
     * fails to initialise under a Turkish default locale, which this module's tests run with.
     */
    public static org.eclipse.rdf4j.model.Model parse(InputStream in, RDFFormat format) throws IOException {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            return Rio.parse(in, "http://base.invalid/", format);
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** Parses JSON-LD that references the OGP-LD context, with the context inlined as a client that fetched it. */
    public static org.eclipse.rdf4j.model.Model parseOgpJsonLd(byte[] jsonLd) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode document = (ObjectNode) mapper.readTree(jsonLd);
        document.set("@context", mapper.readTree(Vocab.context()).get("@context"));
        return parse(new ByteArrayInputStream(mapper.writeValueAsBytes(document)), RDFFormat.JSONLD);
    }

    /** Whether two RDF4J models are isomorphic (blank nodes mapped), by RDF4J's own algorithm. */
    public static boolean isomorphic(org.eclipse.rdf4j.model.Model a, org.eclipse.rdf4j.model.Model b) {
        return Models.isomorphic(new LinkedHashModel(a), new LinkedHashModel(b));
    }
}
