package org.ogpld.endpoint.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.ld.ResourceIndex;
import org.ogpld.endpoint.pages.PageWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The home page: search, what is published (counts per kind), charts that the browser draws from this endpoint's
 * SPARQL results, and the YASGUI query editor preloaded with the example queries (served at
 * {@code /examples/queries.json}). Everything but the charts and the editor's comforts works without JavaScript.
 */
@Controller
class HomeController {

    private static final List<NamedQueries.NamedQuery> EXAMPLES = NamedQueries.load("org/ogpld/endpoint/web/queries");
    private static final List<NamedQueries.NamedQuery> CHARTS = NamedQueries.load("org/ogpld/endpoint/web/charts");

    private final ResourceIndex index;
    private final PageWriter writer;

    HomeController(ResourceIndex index, PageWriter writer) {
        this.index = index;
        this.writer = writer;
    }

    @GetMapping("/")
    void home(HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "home");
        writer.render("home", Map.of("counts", index.current().counts(), "charts", CHARTS, "examples", EXAMPLES),
                HttpStatus.OK.value(), request, response);
    }

    @GetMapping(path = "/examples/queries.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<NamedQueries.NamedQuery> examples(HttpServletRequest request) {
        RequestFacts.operation(request, "examples");
        return EXAMPLES;
    }
}
