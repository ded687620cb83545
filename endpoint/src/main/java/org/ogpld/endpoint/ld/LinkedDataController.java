package org.ogpld.endpoint.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.model.Id;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Dereferenceable IRIs: {@code /id/{kind}/{slug}} on this server stands for the resource
 * {@code {ogpld.base}id/{kind}/{slug}} and answers 303 See Other to its description {@code /doc/{kind}/{slug}} at
 * {@code ogpld.public-url}, which serves HTML, Turtle, JSON-LD, N-Triples or RDF/XML by content negotiation, or
 * the format of an extension ({@code /doc/event/x.ttl}).
 */
@Controller
class LinkedDataController {

    private static final List<DocFormat> OFFERS = List.of(DocFormat.values());

    private final DataIris iris;
    private final ResourceIndex index;
    private final Describer describer;
    private final Validators validators;
    private final HtmlPages pages;
    private final PublicUrl publicUrl;

    LinkedDataController(DataIris iris, ResourceIndex index, Describer describer, Validators validators,
            HtmlPages pages, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.iris = iris;
        this.index = index;
        this.describer = describer;
        this.validators = validators;
        this.pages = pages;
    }

    @GetMapping("/id/{kind}/{slug}")
    void identify(@PathVariable String kind, @PathVariable String slug, HttpServletRequest request,
            HttpServletResponse response) {
        RequestFacts.operation(request, "ld-id");
        Optional<Id> id = iris.id(kind, slug).filter(i -> index.current().holds(iris.iri(i)));
        if (id.isEmpty()) {
            notFound("/id/" + kind + "/" + slug, request, response);
            return;
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, publicUrl.of(DataIris.docPath(id.get())));
    }

    @GetMapping("/doc/{kind}/{file}")
    void describe(@PathVariable String kind, @PathVariable String file, HttpServletRequest request,
            HttpServletResponse response) {
        RequestFacts.operation(request, "ld-doc");
        int dot = file.lastIndexOf('.');
        String slug = dot < 0 ? file : file.substring(0, dot);
        Optional<DocFormat> byExtension = dot < 0 ? Optional.empty() : DocFormat.byExtension(file.substring(dot + 1));
        Optional<Id> id = iris.id(kind, slug).filter(i -> index.current().holds(iris.iri(i)));
        if (id.isEmpty() || (dot >= 0 && byExtension.isEmpty())) {
            notFound("/doc/" + kind + "/" + file, request, response);
            return;
        }
        DocFormat format = byExtension.orElseGet(() -> negotiate(request));
        headers(id.get(), format, dot < 0, response);
        String language = format == DocFormat.HTML ? "-" + RequestContextUtils.getLocale(request).getLanguage() : "";
        if (validators.notModified(format.extension() + language, request, response)) {
            return;
        }
        String iri = iris.iri(id.get());
        Graph description = describer.describe(iri);
        if (format == DocFormat.HTML) {
            pages.resource(id.get(), iri, description, request, response);
        } else {
            RdfWriting.write(description, format, publicUrl.context(), response);
        }
    }

    private static DocFormat negotiate(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return DocFormat.negotiate(accept, OFFERS).orElseThrow(() -> EndpointException.notAcceptable(
                "None of the media types in Accept (" + accept + ") is available; available: "
                        + Arrays.stream(DocFormat.values()).map(f -> f.mediaType().toString()).toList()));
    }

    private static void headers(Id id, DocFormat format, boolean negotiated, HttpServletResponse response) {
        String path = DataIris.docPath(id);
        if (negotiated) {
            response.setHeader(HttpHeaders.CONTENT_LOCATION, path + "." + format.extension());
        }
        response.setHeader(HttpHeaders.VARY, format == DocFormat.HTML ? "Accept, Accept-Language" : "Accept");
        response.setHeader(HttpHeaders.LINK, Arrays.stream(DocFormat.values()).filter(f -> f != format)
                .map(f -> "<" + path + "." + f.extension() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"")
                .collect(Collectors.joining(", ")));
    }

    /** 404: a page for browsers (whose {@code Accept} names HTML), a problem document for everyone else. */
    private void notFound(String path, HttpServletRequest request, HttpServletResponse response) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/html")
                && DocFormat.negotiate(accept, OFFERS).orElse(null) == DocFormat.HTML) {
            pages.notFound(path, request, response);
            return;
        }
        throw EndpointException.notFound("This server holds nothing at " + path);
    }
}
