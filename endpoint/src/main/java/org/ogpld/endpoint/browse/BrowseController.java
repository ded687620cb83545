package org.ogpld.endpoint.browse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.pages.PageWriter;
import org.ogpld.endpoint.pages.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /browse/{kind}}: the resources of one kind, a page at a time, in label or IRI order, narrowed by facet
 * values ({@code ?member=...&policy-area=...}), each facet's values counted among what is selected. The same
 * selection as CSV ({@code /browse/{kind}.csv}) and JSON-LD ({@code .jsonld}); the HTML names both as alternates.
 */
@Controller
class BrowseController {

    private final BrowseService service;
    private final PageWriter writer;
    private final PublicUrl publicUrl;
    private final ObjectMapper json = new ObjectMapper();

    BrowseController(BrowseService service, PageWriter writer, PublicUrl publicUrl) {
        this.service = service;
        this.writer = writer;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/browse/{kind}")
    void browse(@PathVariable String kind, @RequestParam Map<String, String> params, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        RequestFacts.operation(request, "browse");
        String format = kind.endsWith(".csv") ? "csv" : kind.endsWith(".jsonld") ? "jsonld" : "html";
        String segment = format.equals("html") ? kind : kind.substring(0, kind.lastIndexOf('.'));
        Browsable browsable = Browsable.of(segment)
                .orElseThrow(() -> EndpointException.notFound("No such kind to browse: " + segment));
        Selection selection = selection(browsable, params);
        String language = PageWriter.language(request);
        BrowseService.Page page = service.page(selection, language);
        String self = "/browse/" + segment;
        String query = selection.query();
        response.addHeader("Link", "<" + self + ".csv" + (query.isEmpty() ? "" : "?" + query)
                + ">; rel=\"alternate\"; type=\"text/csv\"");
        response.addHeader("Link", "<" + self + ".jsonld" + (query.isEmpty() ? "" : "?" + query)
                + ">; rel=\"alternate\"; type=\"application/ld+json\"");
        switch (format) {
            case "csv" -> csv(page, response);
            case "jsonld" -> jsonLd(page, selection, self, response);
            default -> html(page, selection, self, request, response);
        }
    }

    private static Selection selection(Browsable kind, Map<String, String> params) {
        Map<String, String> chosen = new HashMap<>();
        params.forEach((name, value) -> kind.facet(name).filter(f -> !value.isBlank())
                .ifPresent(f -> chosen.put(name, value.strip())));
        int page;
        try {
            page = Integer.parseInt(params.getOrDefault("page", "1"));
        } catch (NumberFormatException ex) {
            page = 1;
        }
        return new Selection(kind, chosen, params.getOrDefault("sort", "label"), Math.min(page, 1_000_000));
    }

    private void html(BrowseService.Page page, Selection selection, String self, HttpServletRequest request,
            HttpServletResponse response) {
        Map<String, Object> model = new HashMap<>();
        model.put("kind", selection.kind().kind());
        model.put("self", self);
        model.put("selection", selection);
        model.put("page", page);
        model.put("lastPage", Math.max(1, (page.total() + BrowseService.PAGE_SIZE - 1) / BrowseService.PAGE_SIZE));
        model.put("chosen", selection.chosen());
        model.put("sorts", Selection.SORTS);
        writer.render("browse", model, HttpStatus.OK.value(), request, response);
    }

    private static void csv(BrowseService.Page page, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        out.write("iri,label\r\n");
        for (int i = 0; i < page.items().size(); i++) {
            out.write(cell(page.iris().get(i)) + "," + cell(page.items().get(i).text()) + "\r\n");
        }
        out.flush();
    }

    /** A CSV cell (RFC 4180): quoted, quotes doubled. */
    private static String cell(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private void jsonLd(BrowseService.Page page, Selection selection, String self, HttpServletResponse response)
            throws IOException {
        ObjectNode doc = json.createObjectNode();
        ObjectNode context = doc.putObject("@context");
        context.put("hydra", "http://www.w3.org/ns/hydra/core#");
        context.put("name", "http://www.w3.org/2000/01/rdf-schema#label");
        context.putObject("member").put("@id", "hydra:member").put("@container", "@set");
        context.putObject("totalItems").put("@id", "hydra:totalItems");
        String query = selection.query();
        doc.put("@id", publicUrl.of(self + ".jsonld") + (query.isEmpty() ? "" : "?" + query));
        doc.put("@type", "hydra:Collection");
        doc.put("totalItems", page.total());
        ArrayNode members = doc.putArray("member");
        for (int i = 0; i < page.items().size(); i++) {
            Value label = page.items().get(i);
            ObjectNode member = members.addObject().put("@id", page.iris().get(i));
            if (label.lang() == null) {
                member.put("name", label.text());
            } else {
                member.putObject("name").put("@value", label.text()).put("@language", label.lang());
            }
        }
        response.setContentType("application/ld+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), doc);
    }
}
