package org.ogpld.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.JsonLdErrorCode;
import no.hasmac.jsonld.document.Document;
import no.hasmac.jsonld.document.JsonDocument;
import no.hasmac.jsonld.loader.DocumentLoader;
import no.hasmac.jsonld.loader.DocumentLoaderOptions;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;

/**
 * The independent side of our tests: RDF4J's Rio parsers (and its own JSON-LD processor), fed with classpath
 * resources, never with our code's output unless that output is what is being checked.
 */
final class Oracle {

    static final String BASE = "/org/ogpld/vocab/";

    private Oracle() {
    }

    static String resourceText(String name) {
        try (InputStream in = Oracle.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model turtleResource(String name) {
        return parse(resourceText(name), RDFFormat.TURTLE);
    }

    static Model parse(String text, RDFFormat format) {
        RDFParser parser = Rio.createParser(format);
        Model model = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
        parser.setRDFHandler(new StatementCollector(model));
        if (format == RDFFormat.JSONLD) {
            parser.getParserConfig().set(JSONLDSettings.DOCUMENT_LOADER, new ContextOnlyLoader());
            parser.getParserConfig().set(JSONLDSettings.SECURE_MODE, true);
        }
        try {
            parser.parse(new StringReader(text), "https://w3id.org/ogp-ld/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    /** Converts a Jena model through N-Triples text, so the comparison runs on RDF4J's reading of it. */
    static Model fromJena(org.apache.jena.rdf.model.Model jena) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, jena, Lang.NTRIPLES);
        return parse(out.toString(), RDFFormat.TURTLE);
    }

    /** RDF4J's JSON-LD processor may read our context from the classpath and nothing else. */
    private static final class ContextOnlyLoader implements DocumentLoader {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!Vocab.CONTEXT_IRI.equals(url.toString())) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Test refuses to load " + url);
            }
            try (InputStream in = Oracle.class.getResourceAsStream(BASE + "context.jsonld")) {
                JsonDocument document = JsonDocument.of(in);
                document.setDocumentUrl(url);
                return document;
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
            }
        }
    }
}
