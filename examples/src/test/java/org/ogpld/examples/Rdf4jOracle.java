package org.ogpld.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.JsonLdErrorCode;
import no.hasmac.jsonld.document.Document;
import no.hasmac.jsonld.document.JsonDocument;
import no.hasmac.jsonld.loader.DocumentLoader;
import no.hasmac.jsonld.loader.DocumentLoaderOptions;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.ogpld.vocab.Vocab;

/** RDF4J reads what we published: the independent oracle for our Turtle and JSON-LD. */
final class Rdf4jOracle {

    private Rdf4jOracle() {
    }

    static Model parse(InputStream in, RDFFormat format) throws IOException {
        RDFParser parser = Rio.createParser(format);
        Model model = new LinkedHashModel();
        parser.setRDFHandler(new StatementCollector(model));
        parser.getParserConfig().set(JSONLDSettings.DOCUMENT_LOADER, new ContextOnlyLoader());
        parser.getParserConfig().set(JSONLDSettings.SECURE_MODE, true);
        // hasmac-json-ld, inside RDF4J, cannot initialise under a Turkish default locale.
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            parser.parse(in, SeedFiles.BASE);
        } finally {
            Locale.setDefault(saved);
        }
        return model;
    }

    /** Serves our published context, which RDF4J would otherwise fetch from the network, and refuses anything else. */
    private static final class ContextOnlyLoader implements DocumentLoader {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!Vocab.CONTEXT_IRI.equals(url.toString())) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "refusing to load " + url);
            }
            JsonDocument context = JsonDocument.of(new java.io.StringReader(Vocab.context()));
            context.setDocumentUrl(url);
            return context;
        }
    }
}
