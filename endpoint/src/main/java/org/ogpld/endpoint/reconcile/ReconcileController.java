package org.ogpld.endpoint.reconcile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.changes.ChangeRecorder;
import org.ogpld.endpoint.pages.PageWriter;
import org.ogpld.endpoint.security.WriteGuard;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /reconcile}: the Reconciliation Service API 0.2 (what OpenRefine speaks). {@code queries} reconciles a
 * batch, {@code extend} fetches properties, neither gives the manifest; suggest, preview, property proposals and
 * the links {@code ogpld link} would propose beside it, and their review. GET and POST (form) alike; no JSONP.
 */
@RestController
class ReconcileController {

    private final ReconcileService service;
    private final PublicUrl publicUrl;
    private final WriteGuard guard;
    private final PageWriter pages;

    ReconcileController(ReconcileService service, PublicUrl publicUrl, WriteGuard guard, PageWriter pages) {
        this.service = service;
        this.publicUrl = publicUrl;
        this.guard = guard;
        this.pages = pages;
    }

    /** The links up for review, as a page whose buttons post decisions (with the reviewer's write credentials). */
    @GetMapping(path = "/reconcile/review", produces = MediaType.TEXT_HTML_VALUE)
    void review(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "reconcile-review");
        pages.render("review", Map.of("rows", service.review()), 200, request, response);
    }

    /**
     * A reviewer's decision, {@code {"subject": IRI, "object": IRI, "decision": "accept"|"reject", "predicate":
     * optional IRI}}, admitted as Graph Store writes are ({@link WriteGuard}). Only JSON: a browser cannot send it
     * from another site's form, nor by script without this server's consent (CORS).
     */
    @PostMapping(path = "/reconcile/review", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode decide(@RequestBody ObjectNode body, HttpServletRequest request) {
        RequestFacts.operation(request, "reconcile-decide");
        guard.authorize(request);
        String decision = text(body, "decision");
        if (!"accept".equals(decision) && !"reject".equals(decision)) {
            throw EndpointException.badRequest("$.decision: 'accept' or 'reject', not '" + decision + "'");
        }
        Object writer = request.getAttribute(ChangeRecorder.WRITER);
        Decisions.Decision made = service.decide(text(body, "subject"), body.has("predicate")
                ? text(body, "predicate") : null, text(body, "object"), "accept".equals(decision),
                writer == null ? "" : writer.toString());
        ObjectNode answer = body.objectNode();
        answer.put("subject", made.subject()).put("predicate", made.predicate()).put("object", made.object())
                .put("decision", made.accepted() ? Decisions.ACCEPTED : Decisions.REJECTED).put("by", made.by())
                .put("at", made.at().toString());
        return answer;
    }

    private static String text(ObjectNode body, String field) {
        tools.jackson.databind.JsonNode value = body.get(field);
        if (value == null || !value.isString()) {
            throw EndpointException.badRequest("$." + field + ": a string is required");
        }
        return value.stringValue();
    }

    @RequestMapping(path = "/reconcile", method = {RequestMethod.GET, RequestMethod.POST},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode reconcile(@RequestParam(name = "queries", required = false) String queries,
            @RequestParam(name = "extend", required = false) String extend, HttpServletRequest request) {
        if (queries != null) {
            RequestFacts.operation(request, "reconcile");
            return service.reconcile(queries);
        }
        if (extend != null) {
            RequestFacts.operation(request, "reconcile-extend");
            return service.extend(extend);
        }
        RequestFacts.operation(request, "reconcile-manifest");
        return service.manifest(publicUrl.url());
    }

    @GetMapping(path = "/reconcile/suggest/entity", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode suggestEntity(@RequestParam(name = "prefix", required = false) String prefix,
            @RequestParam(name = "type", required = false) String type, HttpServletRequest request) {
        RequestFacts.operation(request, "reconcile-suggest");
        return service.suggestEntities(prefix, type);
    }

    @GetMapping(path = "/reconcile/suggest/type", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode suggestType(@RequestParam(name = "prefix", required = false) String prefix,
            HttpServletRequest request) {
        RequestFacts.operation(request, "reconcile-suggest");
        return service.suggestTypes(prefix);
    }

    @GetMapping(path = "/reconcile/suggest/property", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode suggestProperty(@RequestParam(name = "prefix", required = false) String prefix,
            @RequestParam(name = "type", required = false) String type, HttpServletRequest request) {
        RequestFacts.operation(request, "reconcile-suggest");
        return service.suggestProperties(prefix, type);
    }

    @GetMapping(path = "/reconcile/properties", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode properties(@RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "limit", required = false) Integer limit, HttpServletRequest request) {
        RequestFacts.operation(request, "reconcile-properties");
        return service.proposeProperties(type, limit);
    }

    /**
     * The links between sources that {@code ogpld link} would publish for the data now, with scores, evidence and
     * VoID, as Turtle; computed, not stored.
     */
    @GetMapping(path = "/reconcile/links", produces = "text/turtle")
    ResponseEntity<String> links(HttpServletRequest request) {
        RequestFacts.operation(request, "reconcile-links");
        java.io.StringWriter turtle = new java.io.StringWriter();
        service.links().write(turtle, org.apache.jena.riot.Lang.TURTLE.getName());
        return ResponseEntity.ok().contentType(new MediaType("text", "turtle", java.nio.charset.StandardCharsets.UTF_8))
                .body(turtle.toString());
    }

    /** An HTML card of the entity, for OpenRefine's preview pane; everything from the data escaped. */
    @GetMapping(path = "/reconcile/preview")
    ResponseEntity<String> preview(@RequestParam("id") String id, HttpServletRequest request) {
        RequestFacts.operation(request, "reconcile-preview");
        Entity entity = service.entity(id);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(e(entity.name())).append("</title></head><body style=\"font-family:sans-serif;margin:8px\">")
                .append("<h1 style=\"font-size:1.1em;margin:0\"><a target=\"_blank\" href=\"")
                .append(e(publicUrl.of("/doc/" + entity.id()))).append("\">").append(e(entity.name()))
                .append("</a></h1><p style=\"margin:4px 0\">").append(e(entity.description())).append("</p>");
        List<String> others = entity.names().stream().filter(n -> !n.equals(entity.name())).toList();
        if (!others.isEmpty()) {
            html.append("<p style=\"margin:4px 0;color:#555\">").append(e(String.join(" · ", others)))
                    .append("</p>");
        }
        html.append("<p style=\"margin:4px 0;font-size:.8em\"><code>").append(e(entity.iri()))
                .append("</code></p></body></html>");
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(html.toString());
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
