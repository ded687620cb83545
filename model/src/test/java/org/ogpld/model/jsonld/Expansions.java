package org.ogpld.model.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions.RdfDirection;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.Locale;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.JsonLdErrorCode;
import no.hasmac.jsonld.loader.DocumentLoader;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.ogpld.model.rdf.Rdf4j;
import org.ogpld.vocab.Vocab;

/**
 * JSON-LD to RDF by processors independent of our writer, each giving an RDF4J model: Titanium and RDF4J's own
 * JSON-LD parser (a fork of Titanium, hasmac-json-ld), both with loaders that serve only the OGP-LD context; and
 * RDF as processors compare it, language tags in lower case (RDF 1.1: tags compare without case).
 */
final class Expansions {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final String I18N = "https://www.w3.org/ns/i18n#";
    private static final DocumentLoader RDF4J_LOADER = (url, options) -> {
        if (!url.equals(URI.create(Vocab.CONTEXT_IRI))) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in tests: " + url);
        }
        return no.hasmac.jsonld.document.JsonDocument.of(new StringReader(Vocab.context()));
    };

    private Expansions() {
    }

    /** Titanium's JSON-LD to RDF. */
    static Model titanium(byte[] jsonLd) throws Exception {
        return titanium(jsonLd, null);
    }

    /**
     * Titanium's JSON-LD to RDF, with base directions as {@code direction} says (null: dropped). The quads go
     * straight into RDF4J: Titanium's N-Quads writer leaves the angle brackets off i18n datatypes. Titanium hands
     * a consumer a direction with its language, as RDF 1.2 has it; RDF4J 5.2 has no directions, so it becomes the
     * i18n datatype JSON-LD 1.1 defines.
     */
    static Model titanium(byte[] jsonLd, RdfDirection direction) throws Exception {
        Model model = new LinkedHashModel();
        JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(jsonLd))).loader(Vocab.documentLoader())
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

    private static Value resource(String term) {
        return RdfQuadConsumer.isBlank(term) ? VF.createBNode(term.substring(2)) : VF.createIRI(term);
    }

    /** RDF4J's JSON-LD parser, failing on its warnings too. */
    static Model rdf4j(byte[] jsonLd) throws IOException {
        ParserConfig config = new ParserConfig();
        config.set(JSONLDSettings.DOCUMENT_LOADER, RDF4J_LOADER);
        config.set(JSONLDSettings.EXCEPTION_ON_WARNING, true);
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.ROOT); // hasmac-json-ld fails to initialise under the Turkish locale the tests use
        try {
            return Rio.parse(new ByteArrayInputStream(jsonLd), "http://base.invalid/", RDFFormat.JSONLD, config);
        } finally {
            Locale.setDefault(saved);
        }
    }

    static Model nquads(String text) {
        return Rdf4j.parse(text, RDFFormat.NQUADS);
    }

    /** {@code model} with every language tag in lower case. */
    static Model normalised(Model model) {
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
