package org.ogpld.endpoint.catalog;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * The oracle for {@link QuadIndexCounter}: the SPARQL counts it replaced, over the store's union default graph, as
 * the VoID description used to be counted.
 *
 * @param triples    quads in the named graphs
 * @param subjects   distinct subjects of those quads
 * @param classes    distinct subjects per class IRI
 * @param properties triples per property IRI
 * @param linkSets   links per target and property
 */
record SparqlCounts(long triples, long subjects, Map<String, Long> classes, Map<String, Long> properties,
        Map<String, Map<String, Long>> linkSets) {

    private static final String TOTALS = """
            SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
            WHERE { GRAPH ?g { ?s ?p ?o } }""";
    private static final String CLASSES = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?count) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class""";
    private static final String PROPERTIES = """
            SELECT ?property (COUNT(*) AS ?count) WHERE { ?s ?property ?o } GROUP BY ?property ORDER BY ?property""";
    private static final String LINKS = """
            SELECT ?property ?o WHERE { ?s ?property ?o FILTER(isIRI(?o) && !STRSTARTS(STR(?o), "%s")) }""";

    /** The counts of {@code dataset} (a TDB2 store) under {@code base}, by SPARQL over its union default graph. */
    static SparqlCounts of(Dataset dataset, String base) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return Txn.calculateRead(dataset, () -> {
            long[] totals = new long[2];
            each(dataset, TOTALS, row -> {
                totals[0] = number(row, "triples");
                totals[1] = number(row, "subjects");
            });
            Map<String, Map<String, Long>> links = new TreeMap<>();
            each(dataset, LINKS.formatted(base), row -> {
                String property = row.get("property").getURI();
                String target = StoreCounter.linkProperty(property)
                        ? StoreCounter.linkTarget(base, row.get("o").getURI()) : null;
                if (target != null) {
                    links.computeIfAbsent(target, t -> new TreeMap<>()).merge(property, 1L, Long::sum);
                }
            });
            return new SparqlCounts(totals[0], totals[1], grouped(dataset, CLASSES, "class"),
                    grouped(dataset, PROPERTIES, "property"), links);
        });
    }

    /** Whether {@code counts} say what this oracle says. */
    boolean sameAs(Statistics.Counts counts) {
        return equals(new SparqlCounts(counts.triples(), counts.subjects(), counts.classes(), counts.properties(),
                counts.linkSets()));
    }

    private static Map<String, Long> grouped(Dataset dataset, String query, String key) {
        Map<String, Long> grouped = new TreeMap<>();
        each(dataset, query, row -> {
            if (row.get(key) != null && row.get(key).isURI()) {
                grouped.put(row.get(key).getURI(), number(row, "count"));
            }
        });
        return grouped;
    }

    private static void each(Dataset dataset, String query, Consumer<Binding> action) {
        try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query).build()) {
            exec.select().forEachRemaining(action);
        }
    }

    private static long number(Binding row, String var) {
        return Long.parseLong(row.get(var).getLiteralLexicalForm());
    }
}
