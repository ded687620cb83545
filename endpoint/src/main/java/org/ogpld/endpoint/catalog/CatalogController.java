package org.ogpld.endpoint.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.ld.DocFormat;
import org.ogpld.endpoint.ld.ResourceIndex;
import org.ogpld.endpoint.ld.Validators;
import org.ogpld.endpoint.pages.PageWriter;
import org.ogpld.endpoint.store.StoreGeneration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The VoID description at {@code /.well-known/void} (RFC 5785, as the VoID guide asks) and the DCAT catalogue at
 * {@code /catalog}: one description, in Turtle, JSON-LD, N-Triples or RDF/XML by content negotiation, and as an
 * HTML page for browsers.
 */
@Controller
class CatalogController {

    /** HTML last: a client that accepts anything gets Turtle; a browser, which prefers HTML, the page. */
    private static final List<DocFormat> OFFERS =
            List.of(DocFormat.TURTLE, DocFormat.JSONLD, DocFormat.NTRIPLES, DocFormat.RDFXML, DocFormat.HTML);

    private final Statistics statistics;
    private final ResourceIndex index;
    private final StoreGeneration generation;
    private final Validators validators;
    private final String base;
    private final PublicUrl publicUrl;
    private final PageWriter writer;

    CatalogController(Statistics statistics, ResourceIndex index, StoreGeneration generation, Validators validators,
            OgpldProperties properties, PublicUrl publicUrl, PageWriter writer) {
        this.publicUrl = publicUrl;
        this.writer = writer;
        this.statistics = statistics;
        this.index = index;
        this.generation = generation;
        this.validators = validators;
        this.base = properties.base();
    }

    @GetMapping({"/catalog", "/.well-known/void"})
    void describe(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "catalog");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        DocFormat format = DocFormat.negotiate(accept, OFFERS).orElseThrow(() -> EndpointException.notAcceptable(
                "None of the media types in Accept (" + accept + ") is available; available: "
                        + OFFERS.stream().map(f -> f.mediaType().toString()).toList()));
        response.setHeader(HttpHeaders.VARY, "Accept");
        if (format == DocFormat.HTML) {
            // No validators: the page also varies by language (?lang=, Accept-Language).
            writer.render("catalog", Map.of("catalog", CatalogPage.of(description(), PageWriter.language(request))),
                    HttpStatus.OK.value(), request, response);
            return;
        }
        if (validators.notModified(format.extension(), request, response)) {
            return;
        }
        response.setContentType(format.contentType());
        try {
            RDFDataMgr.write(response.getOutputStream(), description(),
                    format == DocFormat.JSONLD ? RDFFormat.JSONLD11 : format.rdfFormat());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Model description() {
        return CatalogDescription.of(publicUrl.url(), base, statistics.current(), index.current(),
                CatalogDescription.calendar(generation.lastModified().toEpochMilli()));
    }
}
