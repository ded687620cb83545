package org.ogpld.model.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions.RdfDirection;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.ogpld.testkit.Rdf4jOracle;
import org.ogpld.vocab.Vocab;

/**
 * JSON-LD to RDF by processors independent of our writer, each giving an RDF4J model: Titanium and RDF4J's own
 * JSON-LD parser (a fork of Titanium, hasmac-json-ld), both with loaders that serve only the given contexts (the
 * OGP-LD context under {@link Vocab#CONTEXT_IRI} unless told otherwise); and RDF as processors compare it, language
 * tags in lower case (RDF 1.1: tags compare without case).
 */
public final class Expansions {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final String I18N = "https://www.w3.org/ns/i18n#";
    private static final Expansions OGP = new Expansions(Map.of(Vocab.CONTEXT_IRI, Vocab.context()));

    private final Map<String, String> contexts;
    private final Rdf4jOracle rdf4j;

    private Expansions(Map<String, String> contexts) {
        this.contexts = Map.copyOf(contexts);
        Rdf4jOracle oracle = Rdf4jOracle.offline().failingOnWarnings();
        for (Map.Entry<String, String> context : this.contexts.entrySet()) {
            oracle = oracle.context(context.getKey(), context.getValue());
        }
        this.rdf4j = oracle;
    }

    /** Processors that serve the OGP-LD context at {@link Vocab#CONTEXT_IRI}. */
    public static Expansions ogp() {
        return OGP;
    }

    /** Processors that serve these context documents, by URL, and nothing else. */
    public static Expansions serving(Map<String, String> contexts) {
        return new Expansions(contexts);
    }

    /** The context documents served, by URL. */
    public Map<String, String> contexts() {
        return contexts;
    }

    /** Titanium's JSON-LD to RDF. */
    public Model titanium(byte[] jsonLd) throws Exception {
        return titanium(jsonLd, null);
    }

    /**
     * Titanium's JSON-LD to RDF, with base directions as {@code direction} says (null: dropped). The quads go
     * straight into RDF4J: Titanium's N-Quads writer leaves the angle brackets off i18n datatypes. Titanium hands
     * a consumer a direction with its language, as RDF 1.2 has it; RDF4J 5.2 has no directions, so it becomes the
     * i18n datatype JSON-LD 1.1 defines.
     */
    public Model titanium(byte[] jsonLd, RdfDirection direction) throws Exception {
        Model model = new LinkedHashModel();
        JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(jsonLd))).loader(this::titaniumDocument)
                .rdfDirection(direction).provide((s, p, o, datatype, language, dir, graph) -> {
                    Value object = datatype == null ? resource(o)
                            : dir != null ? VF.createLiteral(o, VF.createIRI(I18N + language + "_" + dir))
                            : language != null ? VF.createLiteral(o, language)
                            : VF.createLiteral(o, VF.createIRI(datatype));
                    model.add((Resource) resource(s), VF.createIRI(p), object,
                            graph == null ? new Resource[0] : new Resource[] {(Resource) resource(graph)});
                    return null;
                });
        return model;
    }

    private com.apicatalog.jsonld.document.Document titaniumDocument(URI url,
            com.apicatalog.jsonld.loader.DocumentLoaderOptions options) throws com.apicatalog.jsonld.JsonLdError {
        String context = contexts.get(url.toString());
        if (context == null) {
            throw new com.apicatalog.jsonld.JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "no network in tests: " + url);
        }
        return JsonDocument.of(new StringReader(context));
    }

    private static Value resource(String term) {
        return RdfQuadConsumer.isBlank(term) ? VF.createBNode(term.substring(2)) : VF.createIRI(term);
    }

    /** RDF4J's JSON-LD parser, failing on its warnings too. */
    public Model rdf4j(byte[] jsonLd) {
        return rdf4j.parse(jsonLd, RDFFormat.JSONLD);
    }

    /** N-Quads text as an RDF4J model. */
    public static Model nquads(String text) {
        return Rdf4jOracle.offline().parse(text, RDFFormat.NQUADS);
    }

    /** Whether two models are isomorphic (blank nodes mapped), by RDF4J's algorithm. */
    public static boolean isomorphic(Model a, Model b) {
        return Rdf4jOracle.isomorphic(a, b);
    }

    /** {@code model} with every language tag in lower case. */
    public static Model normalised(Model model) {
        Model result = new LinkedHashModel();
        for (Statement s : model) {
            Value o = s.getObject();
            if (o instanceof Literal l && l.getLanguage().isPresent()) {
                o = VF.createLiteral(l.getLabel(), l.getLanguage().get().toLowerCase(Locale.ROOT));
            }
            result.add(s.getSubject(), s.getPredicate(), o, s.getContext());
        }
        return result;
    }
}
