package org.ogpld.endpoint.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.pages.PageWriter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: the resources of every kind whose names or titles contain the words searched for. */
@Controller
class SearchController {

    private final LabelSearch search;
    private final PageWriter writer;

    SearchController(LabelSearch search, PageWriter writer) {
        this.search = search;
        this.writer = writer;
    }

    @GetMapping("/search")
    void search(@RequestParam(name = "q", required = false) String q, HttpServletRequest request,
            HttpServletResponse response) {
        RequestFacts.operation(request, "search");
        String text = q == null ? "" : q.strip();
        List<LabelSearch.Hit> hits = text.isEmpty() ? List.of()
                : search.find(text, PageWriter.language(request));
        writer.render("search", Map.of("q", text, "hits", hits), HttpStatus.OK.value(), request, response);
    }
}
