package org.ogpld.endpoint.browse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.ld.DataIris;
import org.ogpld.endpoint.pages.Labels;
import org.ogpld.endpoint.pages.Value;
import org.ogpld.endpoint.store.StoreGeneration;
import org.springframework.stereotype.Service;

/**
 * Answers a browse page in one read transaction: the total, one page of items and each facet's value counts,
 * counted in the kind's {@link FacetIndex} for the data version the transaction sees (built by SPARQL on the first
 * page asked after a write, under the query timeout) and labelled in the visitor's language; each page kept until
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
    /** Per kind, its index at the newest data version a page was asked at. */
    private final Map<String, FacetIndex> indexes = new ConcurrentHashMap<>();

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
        return Txn.calculateRead(dataset, () -> {
            long now = generation.generation();
            String key = now + " " + language + " " + selection.kind().kind() + "?" + selection.query();
            return pages.get(key, k -> compute(index(selection.kind(), now), selection, language));
        });
    }

    /**
     * The kind's index at the data version this read transaction sees: the one kept, or built now (once, however many
     * requests ask for it) and kept in its place, so that at most one index per kind is held. A reader still on an
     * older data version than the kept index gets one of its own, not kept.
     */
    private FacetIndex index(Browsable kind, long now) {
        FacetIndex kept = indexes.compute(kind.kind(),
                (k, old) -> old != null && old.generation() >= now ? old : build(kind, now));
        return kept.generation() == now ? kept : build(kind, now);
    }

    private FacetIndex build(Browsable kind, long now) {
        return new FacetIndexBuilder(dataset.asDatasetGraph(), iris.base() + "id/" + kind.kind() + "/", timeoutMillis)
                .build(kind, now);
    }

    private Page compute(FacetIndex index, Selection selection, String language) {
        FacetIndex.Selected selected = index.select(selection, PAGE_SIZE, FACET_VALUES);
        List<Node> toLabel = new ArrayList<>(selected.items());
        selected.counts().values().forEach(values -> values.forEach(v -> toLabel.add(v.getKey())));
        Labels labels = new Labels(language).learn(dataset.asDatasetGraph(), toLabel);
        Map<String, List<Count>> facets = new LinkedHashMap<>();
        selected.counts().forEach((facet, values) -> facets.put(facet.id(),
                values.stream().map(v -> count(v.getKey(), v.getValue(), labels)).toList()));
        return new Page(selected.total(), selected.items().stream().map(item -> linked(item, labels)).toList(),
                selected.items().stream().map(Node::getURI).toList(), facets);
    }

    private static Count count(Node value, long n, Labels labels) {
        String text = value.isURI() ? value.getURI() : value.getLiteralLexicalForm();
        return new Count(value.isURI() ? labels.of(value) : new Value(text, null, null), text, n);
    }

    private Value linked(Node item, Labels labels) {
        Value label = labels.of(item);
        return new Value(label.text(), label.lang(), iris.docLink(item.getURI()).orElse(null));
    }
}
