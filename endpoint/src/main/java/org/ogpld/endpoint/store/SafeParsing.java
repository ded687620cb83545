package org.ogpld.endpoint.store;

import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.slf4j.Logger;
import org.ogpld.vocab.Vocab;
import org.slf4j.LoggerFactory;

/**
 * RIOT parsers that never reach the network or the file system on the data's behalf: JSON-LD documents may
 * use the OGP-LD context (served from the classpath) and no other remote or local {@code @context}. RDF/XML is
 * read by Jena's parser, which already refuses external entities and DTDs.
 */
public final class SafeParsing {

    private static final Logger LOG = LoggerFactory.getLogger(SafeParsing.class);

    /** Errors stop the parse with their position; warnings (odd but legal data) only reach the debug log. */
    private static final ErrorHandler ERRORS = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            LOG.debug("[line {}, col {}] {}", line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private SafeParsing() {}

    /** A parser builder for {@code lang} with base IRI {@code base}; errors throw with line and column. */
    public static RDFParserBuilder parser(Lang lang, String base) {
        RDFParserBuilder builder = RDFParser.create().lang(lang).base(base).errorHandler(ERRORS);
        if (lang == null || RDFLanguages.sameLang(lang, Lang.JSONLD) || RDFLanguages.sameLang(lang, Lang.JSONLD11)) {
            // The OGP-LD context resolves from the classpath; any other context document is refused. (Made only
            // for JSON-LD: Titanium's default options start an HTTP client that other syntaxes need not pay for.)
            JsonLdOptions options = new JsonLdOptions();
            options.setDocumentLoader(Vocab.documentLoader());
            builder.set(LangJSONLD11.JSONLD_OPTIONS, options);
        }
        return builder;
    }
}
