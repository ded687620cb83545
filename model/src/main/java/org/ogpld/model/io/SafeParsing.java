package org.ogpld.model.io;

import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.util.IllegalFormatCodePointException;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;
import org.ogpld.vocab.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RIOT parsing as the store accepts it: errors stop the parse with their line and column, illegal IRIs are errors
 * (see {@link LegalIris}), and nothing reaches the network or the file system on the data's behalf: JSON-LD
 * documents may use the OGP-LD context (served from the classpath, under its canonical IRI or this server's copy)
 * and no other remote or local {@code @context}.
 * RDF/XML is read by Jena's parser, which ignores external entities but expands internal ones: uploads with a DTD
 * are refused before they get here (by the endpoint's graph store).
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

    /** Parses {@code in} as {@code lang} with base IRI {@code base} into {@code sink}. */
    public static void parse(Lang lang, String base, InputStream in, StreamRDF sink) {
        Context context = context(lang);
        described(() -> reader(lang, base, context).read(in, base, lang.getContentType(), sink, context));
    }

    /** Parses the characters of {@code in} as {@code lang} with base IRI {@code base} into {@code sink}. */
    public static void parse(Lang lang, String base, Reader in, StreamRDF sink) {
        parse(lang, base, in, sink, null);
    }

    /**
     * As {@link #parse(Lang, String, Reader, StreamRDF)}, where JSON-LD may also name the OGP-LD context by
     * {@code contextCopy}, the URL where this server serves it (so that documents it wrote can be sent back); that
     * URL too is answered from the classpath, never fetched.
     */
    public static void parse(Lang lang, String base, Reader in, StreamRDF sink, String contextCopy) {
        Context context = context(lang, contextCopy);
        described(() -> reader(lang, base, context).read(in, base, lang.getContentType(), sink, context));
    }

    /**
     * Runs a parse, turning the one failure of Jena's tokenizer that is not a {@link RiotException} into one: when a
     * {@code %} escape in a prefixed name is cut short by the end of the document, formatting its message fails.
     */
    private static void described(Runnable parse) {
        try {
            parse.run();
        } catch (IllegalFormatCodePointException ex) {
            throw new RiotException(ex.getCodePoint() == -1 ? "Unexpected end of the document in a prefixed name"
                    : String.format("Bad character U+%04X", ex.getCodePoint()));
        }
    }

    /** Jena's reader for {@code lang}, with the settings {@code RDFParser} would use and the IRI rule on top. */
    private static ReaderRIOT reader(Lang lang, String base, Context context) {
        boolean lineBased = lang.equals(Lang.NTRIPLES) || lang.equals(Lang.NQUADS);
        IRIxResolver resolver = IRIxResolver.create()
                .base(lineBased ? null : base)
                .resolve(!lang.equals(Lang.RDFJSON))
                .allowRelative(lineBased)
                .build();
        return RDFParserRegistry.getFactory(lang)
                .create(lang, new LegalIriProfile(RiotLib.factoryRDF(), ERRORS, resolver, context, lineBased));
    }

    private static Context context(Lang lang) {
        return context(lang, null);
    }

    private static Context context(Lang lang, String contextCopy) {
        Context context = RIOT.getContext().copy();
        if (!RDFLanguages.sameLang(lang, Lang.JSONLD) && !RDFLanguages.sameLang(lang, Lang.JSONLD11)) {
            // Titanium's default options start an HTTP client, which other syntaxes need not pay for.
            return context;
        }
        JsonLdOptions options = new JsonLdOptions();
        // The OGP-LD context resolves from the classpath; any other context document is refused.
        DocumentLoader classpath = Vocab.documentLoader();
        options.setDocumentLoader(contextCopy == null ? classpath : (url, loaderOptions) -> classpath.loadDocument(
                contextCopy.equals(String.valueOf(url)) ? URI.create(Vocab.CONTEXT_IRI) : url, loaderOptions));
        // Titanium would drop triples with malformed IRIs without a word; let LegalIriProfile refuse them instead.
        options.setUriValidation(false);
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }
}
