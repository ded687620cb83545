package org.ogpld.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.JsonLdErrorCode;
import no.hasmac.jsonld.document.Document;
import no.hasmac.jsonld.document.JsonDocument;
import no.hasmac.jsonld.loader.DocumentLoaderOptions;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/**
 * RDF4J as the independent oracle of every module's tests: what our code writes is read back by RDF4J's Rio
 * parsers (and its own JSON-LD processor), and Jena data is handed over as N-Triples or N-Quads text, so that a
 * comparison never runs on our reading of our own output. Graphs are compared by {@link #isomorphic}.
 *
 * <p>JSON-LD contexts are never fetched from the network: the oracle serves the ones it is given and refuses any
 * other.
 *
 * <pre>{@code
 * Rdf4jOracle oracle = Rdf4jOracle.offline().context(Vocab.CONTEXT_IRI, Vocab.context());
 * assertThat(Rdf4jOracle.isomorphic(oracle.parse(jsonLd, RDFFormat.JSONLD), Rdf4jOracle.of(expected))).isTrue();
 * }</pre>
 */
public final class Rdf4jOracle {

    /** The base against which relative IRIs resolve unless {@link #base(String)} names another. */
    public static final String DEFAULT_BASE = "http://base.invalid/";

    private final String base;
    private final Map<String, Supplier<String>> contexts;
    private final boolean failOnWarnings;

    private Rdf4jOracle(String base, Map<String, Supplier<String>> contexts, boolean failOnWarnings) {
        this.base = base;
        this.contexts = Map.copyOf(contexts);
        this.failOnWarnings = failOnWarnings;
    }

    /** An oracle that resolves against {@link #DEFAULT_BASE} and serves no JSON-LD context. */
    public static Rdf4jOracle offline() {
        return new Rdf4jOracle(DEFAULT_BASE, Map.of(), false);
    }

    /** This oracle resolving relative IRIs against {@code base}. */
    public Rdf4jOracle base(String base) {
        return new Rdf4jOracle(base, contexts, failOnWarnings);
    }

    /** This oracle also serving {@code json} as the JSON-LD context at {@code iri}. */
    public Rdf4jOracle context(String iri, String json) {
        return context(iri, () -> json);
    }

    /** This oracle also serving the JSON-LD context at {@code iri}, read when a document names it. */
    public Rdf4jOracle context(String iri, Supplier<String> json) {
        Map<String, Supplier<String>> more = new LinkedHashMap<>(contexts);
        more.put(iri, json);
        return new Rdf4jOracle(base, more, failOnWarnings);
    }

    /** This oracle failing on the parser's warnings too, not only on its errors. */
    public Rdf4jOracle failingOnWarnings() {
        return new Rdf4jOracle(base, contexts, true);
    }

    /**
     * Parses with Rio. Runs under the root locale: RDF4J's JSON-LD library (hasmac-json-ld) fails to initialise
     * under a Turkish default locale, which the model's tests run with.
     */
    public Model parse(InputStream in, RDFFormat format) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            return Rio.parse(in, base, format, config());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Locale.setDefault(saved);
        }
    }

    public Model parse(byte[] bytes, RDFFormat format) {
        return parse(new ByteArrayInputStream(bytes), format);
    }

    public Model parse(String text, RDFFormat format) {
        return parse(text.getBytes(StandardCharsets.UTF_8), format);
    }

    private ParserConfig config() {
        ParserConfig config = new ParserConfig();
        config.set(JSONLDSettings.DOCUMENT_LOADER, this::loadContext);
        config.set(JSONLDSettings.SECURE_MODE, true);
        config.set(JSONLDSettings.WHITELIST, contexts.keySet());
        config.set(JSONLDSettings.EXCEPTION_ON_WARNING, failOnWarnings);
        return config;
    }

    private Document loadContext(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Supplier<String> context = contexts.get(url.toString());
        if (context == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in tests: " + url);
        }
        JsonDocument document = JsonDocument.of(new StringReader(context.get()));
        document.setDocumentUrl(url);
        return document;
    }

    /** The Jena model as an RDF4J model, through N-Triples text. */
    public static Model of(org.apache.jena.rdf.model.Model model) {
        return of(model.getGraph());
    }

    /** The Jena graph as an RDF4J model, through N-Triples text. */
    public static Model of(Graph graph) {
        StringWriter text = new StringWriter();
        RDFDataMgr.write(text, graph, Lang.NTRIPLES);
        return offline().parse(text.toString(), RDFFormat.NTRIPLES);
    }

    /** The Jena dataset as an RDF4J model with contexts, through N-Quads text. */
    public static Model of(DatasetGraph dataset) {
        StringWriter text = new StringWriter();
        RDFDataMgr.write(text, dataset, Lang.NQUADS);
        return offline().parse(text.toString(), RDFFormat.NQUADS);
    }

    /** The statements of {@code quads} with their named graphs dropped: a store's union default graph. */
    public static Model triples(Model quads) {
        Model triples = new LinkedHashModel();
        quads.forEach(st -> triples.add(st.getSubject(), st.getPredicate(), st.getObject()));
        return triples;
    }

    /** Whether two models are isomorphic (blank nodes mapped), by RDF4J's own algorithm. */
    public static boolean isomorphic(Model a, Model b) {
        return Models.isomorphic(new LinkedHashModel(a), new LinkedHashModel(b));
    }
}
