package org.ogpld.endpoint.gsp;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.model.io.SafeParsing;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Parses an uploaded body completely into an in-memory buffer before anything touches the store: one RDF
 * document, or the files of a {@code multipart/form-data} body. Any syntax error is a 400 naming line and column.
 */
final class RdfUpload {

    private RdfUpload() {}

    /**
     * Reads the body. JSON-LD may name the OGP-LD context canonically or by {@code contextCopy}, this server's copy
     * (as the documents it writes do), both resolved from the classpath.
     */
    static DatasetGraph read(HttpServletRequest request, String base, String contextCopy) {
        MediaType type = contentType(request.getContentType());
        DatasetGraph buffer = DatasetGraphFactory.create();
        try {
            if (type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
                for (Part part : request.getParts()) {
                    parse(part.getInputStream(), langOf(part), base, contextCopy, buffer, part.getSubmittedFileName());
                }
            } else {
                parse(request.getInputStream(), lang(type), base, contextCopy, buffer, null);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (ServletException ex) {
            throw EndpointException.badRequest("Bad multipart body: " + ex.getMessage());
        }
        return buffer;
    }

    private static void parse(InputStream in, Lang lang, String base, String contextCopy, DatasetGraph buffer,
            String name) throws IOException {
        try {
            if (lang.equals(Lang.RDFXML) || lang.equals(Lang.TRIX)) {
                byte[] document = in.readAllBytes();
                XmlPrologGuard.requireNoDoctype(document, lang.getLabel());
                SafeParsing.parse(lang, base, new ByteArrayInputStream(document), StreamRDFLib.dataset(buffer));
                return;
            }
            // A strict decoder: RIOT's own UTF-8 reading would store malformed bytes as U+FFFD without a word.
            SafeParsing.parse(lang, base, new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()),
                    StreamRDFLib.dataset(buffer), contextCopy);
        } catch (RiotException ex) {
            EndpointException limit = limitIn(ex);
            if (limit != null) {
                throw limit;
            }
            throw badInput(lang, name, ex);
        } catch (StackOverflowError ex) {
            throw EndpointException.badRequest("Parse error" + where(name) + " (" + lang.getName()
                    + "): the document is nested too deeply");
        } catch (RuntimeException ex) {
            if (causedBy(ex, CharacterCodingException.class)) {
                throw EndpointException.badRequest("Parse error" + where(name) + " (" + lang.getName()
                        + "): the body is not valid UTF-8");
            }
            throw ex;
        }
    }

    private static EndpointException badInput(Lang lang, String name, RiotException ex) {
        if (causedBy(ex, CharacterCodingException.class)) {
            return EndpointException.badRequest("Parse error" + where(name) + " (" + lang.getName()
                    + "): the body is not valid UTF-8");
        }
        return EndpointException.badRequest("Parse error" + where(name) + " (" + lang.getName() + "): "
                + ex.getMessage());
    }

    private static String where(String name) {
        return name == null ? "" : " in " + name;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A body cut short by the size limit surfaces from inside the parser; report it as such. */
    private static EndpointException limitIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EndpointException endpoint) {
                return endpoint;
            }
        }
        return null;
    }

    private static Lang langOf(Part part) {
        if (part.getContentType() != null) {
            Lang lang = RDFLanguages.contentTypeToLang(contentType(part.getContentType()).toString());
            if (lang != null) {
                return lang;
            }
        }
        Lang byName = part.getSubmittedFileName() == null ? null
                : RDFLanguages.filenameToLang(part.getSubmittedFileName());
        if (byName == null) {
            throw EndpointException.unsupportedMediaType("Cannot tell the RDF syntax of part '" + part.getName()
                    + "': give it an RDF Content-Type or file name");
        }
        return byName;
    }

    private static Lang lang(MediaType type) {
        Charset charset = type.getCharset();
        if (charset != null && !charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
            throw EndpointException.unsupportedMediaType("RDF must be sent as UTF-8 (got charset " + charset + ")");
        }
        Lang lang = RDFLanguages.contentTypeToLang(type.getType() + "/" + type.getSubtype());
        if (lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang)) {
            throw EndpointException.unsupportedMediaType("Unsupported RDF media type " + type
                    + "; send Turtle, N-Triples, RDF/XML, JSON-LD, TriG or N-Quads");
        }
        return lang;
    }

    private static MediaType contentType(String header) {
        if (header == null || header.isBlank()) {
            throw EndpointException.unsupportedMediaType("Content-Type is required for RDF uploads");
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException ex) {
            throw EndpointException.unsupportedMediaType("Bad Content-Type: " + header);
        }
    }
}
