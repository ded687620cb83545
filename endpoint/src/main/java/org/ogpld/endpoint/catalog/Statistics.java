package org.ogpld.endpoint.catalog;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.store.StoreGeneration;
import org.ogpld.vocab.Vocab;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the VoID and DCAT descriptions say about the data, counted by SPARQL over the store once per store
 * generation: triples, distinct subjects, classes and properties with their sizes, the vocabularies used, the
 * licences the source graphs declare, and the link sets: links to other datasets, grouped by the target's host.
 */
@Component
class Statistics {

    private static final String TOTALS = """
            SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
            WHERE { GRAPH ?g { ?s ?p ?o } }""";
    private static final String CLASSES = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?count) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class""";
    private static final String PROPERTIES = """
            SELECT ?property (COUNT(*) AS ?count) WHERE { ?s ?property ?o } GROUP BY ?property ORDER BY ?property""";
    private static final String LICENCES = """
            SELECT DISTINCT ?licence WHERE { ?graph <http://purl.org/dc/terms/license> ?licence FILTER(isIRI(?licence)) }
            ORDER BY ?licence""";
    private static final String LINKS = """
            SELECT ?property ?o WHERE { ?s ?property ?o FILTER(isIRI(?o) && !STRSTARTS(STR(?o), "%s")) }""";

    /** Properties whose values are web pages or licences, not resources of another dataset. */
    private static final java.util.Set<String> NOT_LINKS = java.util.Set.of(
            "http://purl.org/dc/terms/license", "https://schema.org/url", "http://xmlns.com/foaf/0.1/homepage",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    /**
     * Counts at one store generation.
     *
     * @param generation the store generation counted
     * @param triples quads in the named graphs
     * @param subjects distinct subjects
     * @param classes instances per class
     * @param properties triples per property
     * @param licences licences declared in the data
     * @param linkSets links per target host (e.g. {@code https://sws.geonames.org/}) and property
     */
    record Counts(long generation, long triples, long subjects, Map<String, Long> classes,
            Map<String, Long> properties, List<String> licences, Map<String, Map<String, Long>> linkSets) {}

    private final Dataset dataset;
    private final StoreGeneration generation;
    private final String base;
    private final long timeoutMillis;
    private volatile Counts counts;

    Statistics(Dataset dataset, StoreGeneration generation, OgpldProperties properties) {
        this.dataset = dataset;
        this.generation = generation;
        this.base = properties.base();
        this.timeoutMillis = properties.query().timeout().toMillis();
    }

    /** Counts once the server is up, so that the first catalogue request does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        current();
    }

    Counts current() {
        long now = generation.generation();
        Counts known = counts;
        if (known == null || known.generation() != now) {
            known = Txn.calculateRead(dataset, () -> count(now));
            counts = known;
        }
        return known;
    }

    private Counts count(long at) {
        List<Map<String, Node>> totals = select(TOTALS);
        Map<String, Node> total = totals.get(0);
        return new Counts(at, number(total.get("triples")), number(total.get("subjects")),
                grouped(select(CLASSES), "class"), grouped(select(PROPERTIES), "property"),
                select(LICENCES).stream().map(row -> row.get("licence").getURI()).toList(), linkSets());
    }

    private Map<String, Map<String, Long>> linkSets() {
        Map<String, Map<String, Long>> sets = new TreeMap<>();
        for (Map<String, Node> row : select(LINKS.formatted(base))) {
            String target = row.get("o").getURI();
            if (vocabulary(target) || NOT_LINKS.contains(row.get("property").getURI())) {
                continue;
            }
            String host = host(target);
            if (host != null) {
                sets.computeIfAbsent(host, h -> new TreeMap<>()).merge(row.get("property").getURI(), 1L, Long::sum);
            }
        }
        return sets;
    }

    /** Whether an IRI is a term of a vocabulary or code list (a class, a concept), not a link to other data. */
    private static boolean vocabulary(String iri) {
        return Vocab.prefixes().getNsPrefixMap().values().stream().anyMatch(iri::startsWith)
                || iri.startsWith("https://w3id.org/ogp-ld/");
    }

    private static String host(String iri) {
        try {
            URI uri = URI.create(iri);
            return uri.getScheme() == null || uri.getHost() == null ? null
                    : uri.getScheme() + "://" + uri.getHost() + "/";
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private List<Map<String, Node>> select(String query) {
        try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            List<Map<String, Node>> result = new java.util.ArrayList<>();
            rows.forEachRemaining(binding -> {
                Map<String, Node> row = new java.util.HashMap<>();
                binding.vars().forEachRemaining(v -> row.put(v.getVarName(), binding.get(v)));
                result.add(row);
            });
            return result;
        }
    }

    private static Map<String, Long> grouped(List<Map<String, Node>> rows, String key) {
        Map<String, Long> grouped = new TreeMap<>();
        rows.stream().filter(row -> row.get(key) != null && row.get(key).isURI())
                .forEach(row -> grouped.put(row.get(key).getURI(), number(row.get("count"))));
        return grouped;
    }

    private static long number(Node node) {
        return node == null ? 0 : Long.parseLong(node.getLiteralLexicalForm());
    }
}
