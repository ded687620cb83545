package org.ogpld.endpoint.store;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RIOT parsers that never reach the network or the file system on the data's behalf: JSON-LD documents may not
 * load remote (or local) {@code @context}s. RDF/XML is read by Jena's parser, which already refuses external
 * entities and DTDs.
 */
public final class SafeParsing {

    private static final Logger LOG = LoggerFactory.getLogger(SafeParsing.class);

    private SafeParsing() {}

    /** A parser builder for {@code lang} with base IRI {@code base}; errors throw with line and column. */
    public static RDFParserBuilder parser(Lang lang, String base) {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD contexts are refused (" + url + "); inline the context");
        });
        return RDFParser.create()
                .lang(lang)
                .base(base)
                .errorHandler(ErrorHandlerFactory.errorHandlerStd(LOG))
                .set(LangJSONLD11.JSONLD_OPTIONS, options);
    }
}
