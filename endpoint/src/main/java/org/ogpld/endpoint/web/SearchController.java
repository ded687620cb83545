package org.ogpld.endpoint.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.pages.PageWriter;
import org.ogpld.endpoint.search.TextSearch;
import org.ogpld.model.Kind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=&kind=&page=}: the resources whose names, titles, descriptions or identifiers hold every word
 * searched for (diacritics and transliterations folded), ranked, of one kind if asked, a page at a time, with how
 * many there are.
 */
@Controller
class SearchController {

    private static final List<String> KINDS = Arrays.stream(Kind.values()).map(Kind::segment).toList();

    private final TextSearch search;
    private final HitLabels labels;
    private final PageWriter writer;

    SearchController(TextSearch search, HitLabels labels, PageWriter writer) {
        this.search = search;
        this.labels = labels;
        this.writer = writer;
    }

    @GetMapping("/search")
    void search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "page", required = false, defaultValue = "1") String page,
            HttpServletRequest request, HttpServletResponse response) {
        RequestFacts.operation(request, "search");
        String text = q == null ? "" : q.strip();
        Optional<String> wanted = Optional.ofNullable(kind).filter(KINDS::contains);
        TextSearch.Results results = search.find(text, wanted, pageNumber(page));
        Map<String, Object> model = new HashMap<>();
        model.put("q", text);
        model.put("kind", wanted.orElse(""));
        model.put("kinds", KINDS);
        model.put("results", results);
        model.put("hits", labels.of(results.ids(), PageWriter.language(request)));
        writer.render("search", model, HttpStatus.OK.value(), request, response);
    }

    /** A page number from 1; anything else is the first page. */
    private static int pageNumber(String page) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(page), 100_000));
        } catch (NumberFormatException ex) {
            return 1;
        }
    }
}
