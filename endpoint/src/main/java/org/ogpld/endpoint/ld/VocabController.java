package org.ogpld.endpoint.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.vocab.Vocab;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The vocabulary at its own paths: {@code /ns} (the HTML documentation that {@code vocab} builds, every term at
 * its own anchor, in the site's layout, or the ontology by content negotiation),
 * {@code /ns.ttl}, {@code /ns/context.jsonld}, {@code /ns/shapes.ttl}, {@code /ns/codes.ttl} (the SKOS code lists,
 * where the w3id.org rules send {@code https://w3id.org/ogp-ld/code/...}) and {@code /ns/frames/{kind}.jsonld}. Every
 * file comes from the {@code vocab} classpath through {@link Vocab}; frames only for its known kinds, so no path
 * reaches anything else.
 */
@Controller
class VocabController {

    private static final List<DocFormat> OFFERS =
            List.of(DocFormat.HTML, DocFormat.TURTLE, DocFormat.JSONLD, DocFormat.NTRIPLES, DocFormat.RDFXML);
    private static final String JSONLD = "application/ld+json";

    private final HtmlPages pages;

    VocabController(HtmlPages pages) {
        this.pages = pages;
    }

    @GetMapping("/ns")
    void namespace(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "ns");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        DocFormat format = DocFormat.negotiate(accept, OFFERS).orElseThrow(
                () -> EndpointException.notAcceptable("None of the media types in Accept (" + accept
                        + ") is available for the vocabulary"));
        response.setHeader(HttpHeaders.VARY, "Accept");
        if (format == DocFormat.HTML) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(java.time.Duration.ofHours(1))
                    .cachePublic().getHeaderValue());
            pages.vocabulary(request, response);
        } else if (format == DocFormat.JSONLD) {
            text(response, JSONLD, ontologyAs(RDFFormat.JSONLD11));
        } else {
            response.setHeader(HttpHeaders.CONTENT_LOCATION, "/ns." + format.extension());
            text(response, format.contentType(), ontologyAs(format.rdfFormat()));
        }
    }

    @GetMapping({"/ns.ttl", "/ns/ogp.ttl"})
    void ontology(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "ns");
        text(response, DocFormat.TURTLE.contentType(), ontologyAs(RDFFormat.TURTLE_PRETTY));
    }

    @GetMapping("/ns/context.jsonld")
    void context(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "ns");
        text(response, JSONLD, Vocab.context());
    }

    @GetMapping("/ns/shapes.ttl")
    void shapes(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "ns");
        text(response, DocFormat.TURTLE.contentType(), write(Vocab.shapesGraph(), RDFFormat.TURTLE_PRETTY));
    }

    @GetMapping("/ns/codes.ttl")
    void codeLists(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "ns");
        text(response, DocFormat.TURTLE.contentType(), write(Vocab.codeLists().getGraph(), RDFFormat.TURTLE_PRETTY));
    }

    @GetMapping("/ns/frames/{file}")
    void frame(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "ns");
        String kind = file.endsWith(".jsonld") ? file.substring(0, file.length() - ".jsonld".length()) : "";
        if (!Vocab.FRAME_KINDS.contains(kind)) {
            throw EndpointException.notFound("No JSON-LD frame " + file + "; frames exist for "
                    + Vocab.FRAME_KINDS.stream().sorted().map(k -> k + ".jsonld").toList());
        }
        text(response, JSONLD, Vocab.frame(kind));
    }

    private static String ontologyAs(RDFFormat format) {
        return write(Vocab.ontology().getGraph(), format);
    }

    private static String write(Graph source, RDFFormat format) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        org.apache.jena.graph.GraphUtil.addInto(graph, source);
        java.io.StringWriter out = new java.io.StringWriter();
        RDFDataMgr.write(out, graph, format);
        return out.toString();
    }

    private static void text(HttpServletResponse response, String contentType, String body) {
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(java.time.Duration.ofHours(1))
                .cachePublic().getHeaderValue());
        try {
            response.getWriter().write(body);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
