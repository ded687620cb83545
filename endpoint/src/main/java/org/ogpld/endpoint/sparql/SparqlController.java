package org.ogpld.endpoint.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.security.WriteGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SPARQL 1.1 Protocol endpoints of dataset {@code ogp}, with Fuseki's paths: {@code /ogp} and
 * {@code /ogp/sparql} take queries and updates, {@code /ogp/query} only queries, {@code /ogp/update} only updates.
 * Translates HTTP into a request record and hands it to a service.
 */
@RestController
class SparqlController {

    private final QueryService queries;
    private final UpdateService updates;
    private final ServiceDescription description;
    private final WriteGuard writeGuard;
    private final PublicUrl publicUrl;

    SparqlController(QueryService queries, UpdateService updates, ServiceDescription description,
            WriteGuard writeGuard, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.queries = queries;
        this.updates = updates;
        this.description = description;
        this.writeGuard = writeGuard;
    }

    @GetMapping({"/ogp", "/ogp/sparql"})
    void queryOrDescribe(HttpServletRequest request, HttpServletResponse response) {
        if (request.getParameterValues("query") == null && request.getParameterValues("update") == null) {
            RequestFacts.operation(request, "service-description");
            String override = request.getParameter("format") != null ? request.getParameter("format")
                    : request.getParameter("output");
            description.write(publicUrl.of(request), request.getHeader(HttpHeaders.ACCEPT), override,
                    response);
            return;
        }
        RequestFacts.operation(request, "query");
        queries.execute(SparqlRequests.queryFromGet(request, publicUrl.of(request)), request, response);
    }

    @GetMapping("/ogp/query")
    void query(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "query");
        queries.execute(SparqlRequests.queryFromGet(request, publicUrl.of(request)), request, response);
    }

    @PostMapping({"/ogp", "/ogp/sparql"})
    void post(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "query");
        if (SparqlRequests.kindOfPost(request) == SparqlRequests.Kind.UPDATE) {
            update(request, response);
        } else {
            queries.execute(SparqlRequests.queryFromPost(request, publicUrl.of(request)), request, response);
        }
    }

    @PostMapping("/ogp/query")
    void postQuery(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "query");
        queries.execute(SparqlRequests.queryFromPost(request, publicUrl.of(request)), request, response);
    }

    @PostMapping("/ogp/update")
    void update(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "update");
        writeGuard.authorize(request);
        UpdateCall call = SparqlRequests.update(request, publicUrl.of(request));
        RequestFacts.queryText(request, call.update());
        updates.execute(call);
        if (call.fromForm()) {
            writeText(response, "Update succeeded\n");
        } else {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    @GetMapping("/ogp/update")
    void updateByGet() {
        throw EndpointException.methodNotAllowed("SPARQL Update must use POST", "POST, OPTIONS");
    }

    private static void writeText(HttpServletResponse response, String text) {
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write(text);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
