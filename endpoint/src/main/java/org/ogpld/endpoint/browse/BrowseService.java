package org.ogpld.endpoint.browse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.ld.DataIris;
import org.ogpld.endpoint.pages.Labels;
import org.ogpld.endpoint.pages.Value;
import org.ogpld.endpoint.store.StoreGeneration;
import org.springframework.stereotype.Service;

/**
 * Runs a browse page's queries ({@link BrowseQueries}) in one read transaction under the query timeout: the
 * total, one page of items and each facet's value counts, labelled in the visitor's language; each page kept until
 * the data changes.
 */
@Service
class BrowseService {

    static final int PAGE_SIZE = 50;
    static final int FACET_VALUES = 40;

    private final Dataset dataset;
    private final DataIris iris;
    private final StoreGeneration generation;
    private final long timeoutMillis;
    /** Pages kept until the data changes (keyed on the store's generation), as the query endpoint keeps answers. */
    private final Cache<String, Page> pages = Caffeine.newBuilder().maximumSize(512).build();

    BrowseService(Dataset dataset, DataIris iris, StoreGeneration generation, OgpldProperties properties) {
        this.dataset = dataset;
        this.iris = iris;
        this.generation = generation;
        this.timeoutMillis = properties.query().timeout().toMillis();
    }

    /** One facet value: its label (linked to its page when it has one), the value in URLs, and its count. */
    record Count(Value label, String value, long count) {}

    /** A browse page's content. */
    record Page(long total, List<Value> items, List<String> iris, Map<String, List<Count>> facets) {}

    Page page(Selection selection, String language) {
        String key = generation.generation() + " " + language + " " + selection.kind().kind() + "?"
                + selection.query();
        return pages.get(key, k -> compute(selection, language));
    }

    private Page compute(Selection selection, String language) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long total = select(dsg, BrowseQueries.total(selection), selection,
                    row -> ((Number) row.get("n").getLiteralValue()).longValue()).get(0);
            List<Node> items = select(dsg, BrowseQueries.items(selection, PAGE_SIZE), selection,
                    row -> row.get("item"));
            Map<Facet, List<Binding>> counted = new LinkedHashMap<>();
            for (Facet facet : selection.kind().facets()) {
                counted.put(facet, select(dsg, BrowseQueries.counts(selection, facet, FACET_VALUES), selection,
                        row -> row));
            }
            List<Node> toLabel = new ArrayList<>(items);
            counted.values().forEach(rows -> rows.forEach(row -> toLabel.add(row.get("value"))));
            Labels labels = new Labels(language).learn(dsg, toLabel);
            Map<String, List<Count>> facets = new LinkedHashMap<>();
            counted.forEach((facet, rows) -> facets.put(facet.id(), rows.stream().filter(r -> r.get("value") != null)
                    .map(row -> count(row, labels)).toList()));
            return new Page(total, items.stream().map(item -> linked(item, labels)).toList(),
                    items.stream().map(Node::getURI).toList(), facets);
        });
    }

    private Count count(Binding row, Labels labels) {
        Node value = row.get("value");
        String text = value.isURI() ? value.getURI() : value.getLiteralLexicalForm();
        return new Count(value.isURI() ? labels.of(value) : new Value(text, null, null), text,
                ((Number) row.get("n").getLiteralValue()).longValue());
    }

    private Value linked(Node item, Labels labels) {
        Value label = labels.of(item);
        return new Value(label.text(), label.lang(), iris.docLink(item.getURI()).orElse(null));
    }

    private <T> List<T> select(DatasetGraph dsg, String query, Selection selection, Function<Binding, T> read) {
        var builder = QueryExec.dataset(dsg).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .substitution("itemPrefix", NodeFactory.createLiteralString(iris.base() + "id/"
                        + selection.kind().kind() + "/"));
        var filters = selection.filters();
        for (int i = 0; i < filters.size(); i++) {
            builder.substitution("chosen" + i, filters.get(i).getValue());
        }
        List<T> rows = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            RowSet set = exec.select();
            set.forEachRemaining(row -> rows.add(read.apply(row)));
        }
        return rows;
    }
}
