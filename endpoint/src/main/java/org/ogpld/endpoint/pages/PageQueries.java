package org.ogpld.endpoint.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.stereotype.Component;

/**
 * The SELECT queries behind the tables of pages that reach two links away from a resource (a person's talks with
 * their events and dates, an organisation's people, a study's observations), read from {@code queries/*.rq}
 * beside this class, with {@code ?resource} bound; and the labels of what their rows name.
 */
@Component
class PageQueries {

    private static final String LABELS = """
            SELECT ?node ?property ?label WHERE {
              %s
              VALUES ?property { %s }
              ?node ?property ?label .
            }""";

    private final Dataset dataset;
    private final long timeoutMillis;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    PageQueries(Dataset dataset, OgpldProperties properties) {
        this.dataset = dataset;
        this.timeoutMillis = properties.query().timeout().toMillis();
    }

    /** The rows of query {@code name} about {@code iri}, each a map from variable name to node. */
    List<Map<String, Node>> rows(String name, String iri) {
        ParameterizedSparqlString text = new ParameterizedSparqlString(texts.computeIfAbsent(name, PageQueries::load));
        text.setIri("resource", iri);
        return select(text.asQuery());
    }

    /** Teaches {@code labels} the labels of every IRI in {@code rows}. */
    void learnLabels(List<Map<String, Node>> rows, Labels labels) {
        Set<Node> iris = new LinkedHashSet<>();
        rows.forEach(row -> row.values().stream().filter(Node::isURI).forEach(iris::add));
        if (iris.isEmpty()) {
            return;
        }
        String values = iris.stream().map(NodeFmtLib::strNT).collect(Collectors.joining(" ", "VALUES ?node { ", " }"));
        String properties = Labels.PROPERTIES.stream().map(NodeFmtLib::strNT).collect(Collectors.joining(" "));
        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (Map<String, Node> row : select(new ParameterizedSparqlString(LABELS.formatted(values, properties))
                .asQuery())) {
            graph.add(row.get("node"), row.get("property"), row.get("label"));
        }
        labels.learn(graph);
    }

    private List<Map<String, Node>> select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                List<Map<String, Node>> result = new ArrayList<>();
                while (rows.hasNext()) {
                    Binding binding = rows.next();
                    Map<String, Node> row = new HashMap<>();
                    binding.vars().forEachRemaining(v -> row.put(v.getVarName(), binding.get(v)));
                    result.add(row);
                }
                return result;
            }
        });
    }

    private static String load(String name) {
        try (InputStream in = PageQueries.class.getResourceAsStream("queries/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("Missing page query queries/" + name + ".rq beside " + PageQueries.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
