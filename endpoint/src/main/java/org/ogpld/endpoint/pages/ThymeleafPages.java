package org.ogpld.endpoint.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ogpld.endpoint.ld.DataIris;
import org.ogpld.endpoint.ld.DocFormat;
import org.ogpld.endpoint.ld.HtmlPages;
import org.ogpld.model.Id;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The HTML pages of resources: one template per kind that has its own ({@code event}, {@code person},
 * {@code organisation}, {@code commitment}, {@code study}, {@code action-plan}), {@code generic} for the others,
 * each fed with a view of the resource's description and, where a page reaches further, the rows of its page queries.
 */
@Component
class ThymeleafPages implements HtmlPages {

    /** The tables of each kind's page: table name to page query. */
    private static final Map<String, Map<String, String>> TABLES = Map.of(
            "person", Map.of("talks", "person-talks"),
            "organisation", Map.of("people", "organisation-people", "events", "organisation-events"),
            "study", Map.of("observations", "study-observations"),
            "action-plan", Map.of("commitments", "action-plan-commitments"));
    private static final List<String> OWN_TEMPLATES =
            List.of("event", "person", "organisation", "commitment", "study", "action-plan");

    private final DataIris iris;
    private final PageQueries queries;
    private final PageWriter writer;
    private final TermNames terms;
    private final VocabularyPage vocabulary = new VocabularyPage();

    ThymeleafPages(DataIris iris, PageQueries queries, PageWriter writer, TermNames terms) {
        this.iris = iris;
        this.queries = queries;
        this.writer = writer;
        this.terms = terms;
    }

    @Override
    public void vocabulary(HttpServletRequest request, HttpServletResponse response) {
        String language = PageWriter.language(request);
        writer.render("vocabulary", Map.of("title", vocabulary.title(language), "contents",
                vocabulary.contents(language), "documentation", vocabulary.documentation()), HttpStatus.OK.value(),
                request, response);
    }

    @Override
    public void resource(Id id, String iri, Graph description, HttpServletRequest request,
            HttpServletResponse response) {
        String kind = id.kind().segment();
        Labels labels = terms.labels(PageWriter.language(request)).learn(description);
        Links links = new Links(iris);
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, List<Map<String, Value>>> tables = new LinkedHashMap<>();
        TABLES.getOrDefault(kind, Map.of()).forEach((table, query) -> {
            List<Map<String, Node>> rows = queries.rows(query, iri);
            queries.learnLabels(rows, labels);
            tables.put(table, values(rows, labels, links));
        });
        ResourceView view = new ResourceView(description, NodeFactory.createURI(iri), labels, links);
        model.put("r", view);
        model.put("kind", kind);
        model.put("iri", iri);
        model.put("tables", tables);
        model.put("parts", partsOf(description, iri, labels, links));
        model.put("formats", formats(DataIris.docPath(id)));
        writer.render(OWN_TEMPLATES.contains(kind) ? kind : "generic", model, HttpStatus.OK.value(), request,
                response);
    }

    @Override
    public void notFound(String what, HttpServletRequest request, HttpServletResponse response) {
        writer.render("not-found", Map.of("what", what), HttpStatus.NOT_FOUND.value(), request, response);
    }

    private static List<Map<String, Value>> values(List<Map<String, Node>> rows, Labels labels, Links links) {
        List<Map<String, Value>> result = new ArrayList<>();
        for (Map<String, Node> row : rows) {
            Map<String, Value> values = new LinkedHashMap<>();
            row.forEach((name, node) -> {
                Value label = node.isLiteral() ? labels.literal(node) : labels.of(node);
                values.put(name, new Value(label.text(), label.lang(), links.href(node)));
            });
            result.add(values);
        }
        return result;
    }

    /** The parts of the resource that nothing of it links to (claims about it, statements of what was written). */
    private static List<ResourceView> partsOf(Graph description, String iri, Labels labels, Links links) {
        return description.find().mapWith(t -> t.getSubject()).toList().stream().distinct()
                .filter(s -> s.isURI() && s.getURI().startsWith(iri + "#"))
                .filter(s -> !description.contains(Node.ANY, Node.ANY, s))
                .sorted(java.util.Comparator.comparing(Node::getURI))
                .map(s -> new ResourceView(description, s, labels, links)).toList();
    }

    private static List<Value> formats(String path) {
        List<Value> formats = new ArrayList<>();
        for (DocFormat format : DocFormat.values()) {
            if (format != DocFormat.HTML) {
                formats.add(new Value(format.extension().toUpperCase(java.util.Locale.ROOT) + " ("
                        + format.mediaType() + ")", null, path + "." + format.extension()));
            }
        }
        return formats;
    }
}
