package org.ogpld.endpoint.harvest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.ld.Describer;
import org.ogpld.endpoint.ld.ResourceIndex;
import org.ogpld.endpoint.ld.Validators;
import org.ogpld.model.Kind;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The harvest API: {@code /harvest} (everything the store holds) and {@code /harvest/{kind}}, as pages of framed
 * JSON-LD, each a Hydra {@code PartialCollectionView} of the collection with {@code first}, {@code previous},
 * {@code next} and {@code last}, in IRI order, paged by key ({@code ?after=<iri>}) with {@code ?size=} up to
 * {@value PageRequest#MAX_SIZE}. Every item carries its own statements and its parts', so the items of all pages
 * add up to the store. Pages carry {@code ETag} and {@code Last-Modified}, which change when the data changes.
 */
@Controller
class HarvestController {

    private static final String ALL = "all";

    private final ResourceIndex index;
    private final Describer describer;
    private final Validators validators;
    private final PublicUrl publicUrl;

    HarvestController(ResourceIndex index, Describer describer, Validators validators, PublicUrl publicUrl) {
        this.index = index;
        this.describer = describer;
        this.validators = validators;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/harvest")
    void all(@RequestParam(required = false) String after, @RequestParam(required = false) String size,
            HttpServletRequest request, HttpServletResponse response) {
        page(ALL, PageRequest.of(after, size), request, response);
    }

    @GetMapping("/harvest/{kind}")
    void ofKind(@PathVariable String kind, @RequestParam(required = false) String after,
            @RequestParam(required = false) String size, HttpServletRequest request, HttpServletResponse response) {
        if (Kind.ofSegment(kind).isEmpty() && !ResourceIndex.OTHER.equals(kind)) {
            throw EndpointException.notFound("No harvest collection " + kind + "; collections: /harvest and "
                    + "/harvest/{kind} for kind in " + java.util.Arrays.stream(Kind.values()).map(Kind::segment)
                    .toList() + " or " + ResourceIndex.OTHER);
        }
        page(kind, PageRequest.of(after, size), request, response);
    }

    private void page(String kind, PageRequest wanted, HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "harvest");
        if (validators.notModified("harvest", request, response)) {
            return;
        }
        ResourceIndex.Snapshot snapshot = index.current();
        List<String> items = ALL.equals(kind) ? snapshot.all() : snapshot.ofKind(kind);
        // Views link where this server answers them; the items inside keep their canonical IRIs.
        String collection = publicUrl.of(ALL.equals(kind) ? "/harvest" : "/harvest/" + kind);
        HarvestPage page = new HarvestPage(collection, items, wanted.start(items), wanted.size());
        RequestFacts.rows(request, page.members().size());
        JsonArrayBuilder graph = Json.createArrayBuilder().add(collectionNode(page, request));
        List<Node> subjects = new ArrayList<>();
        page.members().forEach(item -> subjects.addAll(snapshot.subjects(item)));
        JsonLdNodes.of(describer.own(subjects)).forEach(graph::add);
        JsonObject document = Json.createObjectBuilder().add("@context", publicUrl.context()).add("@graph", graph)
                .build();
        response.setContentType("application/ld+json");
        response.setHeader(HttpHeaders.VARY, "Accept");
        try {
            JsonLdNodes.write(document, response.getOutputStream());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static JsonObject collectionNode(HarvestPage page, HttpServletRequest request) {
        String query = request.getQueryString();
        String viewIri = page.collection() + (query == null ? "" : "?" + query);
        JsonObjectBuilder view = Json.createObjectBuilder().add("@id", viewIri).add("@type", "PartialCollectionView")
                .add("first", page.first()).add("last", page.last());
        if (page.next() != null) {
            view.add("next", page.next());
        }
        if (page.previous() != null) {
            view.add("previous", page.previous());
        }
        JsonArrayBuilder members = Json.createArrayBuilder();
        page.members().forEach(members::add);
        return Json.createObjectBuilder().add("@id", page.collection()).add("@type", "Collection")
                .add("totalItems", page.items().size()).add("items", members).add("view", view).build();
    }
}
