package org.ogpld.vocab;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Serves the OGP-LD context from the classpath and refuses every other document, so that JSON-LD processing never
 * reaches the network.
 */
final class ClasspathDocumentLoader implements DocumentLoader {

    static final ClasspathDocumentLoader INSTANCE = new ClasspathDocumentLoader();

    private final JsonStructure context = parseContext();

    private ClasspathDocumentLoader() {
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (!Vocab.CONTEXT_IRI.equals(String.valueOf(url))) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "Refusing to load " + url + ": only the OGP-LD context " + Vocab.CONTEXT_IRI
                            + " is available; remote JSON-LD documents are not fetched");
        }
        JsonDocument document = JsonDocument.of(context);
        document.setDocumentUrl(url);
        return document;
    }

    private static JsonStructure parseContext() {
        try (InputStream in = VocabResources.open("context.jsonld")) {
            return JsonDocument.of(in).getJsonContent().orElseThrow(
                    () -> new IllegalStateException("context.jsonld holds no JSON"));
        } catch (JsonLdError e) {
            throw new IllegalStateException("context.jsonld is not valid JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
