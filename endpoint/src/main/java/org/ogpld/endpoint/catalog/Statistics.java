package org.ogpld.endpoint.catalog;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.store.StoreGeneration;
import org.ogpld.vocab.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

    /** How long a request waits for a count in progress, at most (less when the query timeout is shorter). */
    private static final long MAX_WAIT_MILLIS = 5_000;
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = LoggerFactory.getLogger(Statistics.class);

    private final Dataset dataset;
    private final StoreGeneration generation;
    private final String base;
    private final long waitMillis;
    /** Counting scans the whole store: one count at a time, off the request threads. */
    private final ExecutorService counting = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "ogpld-statistics");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Counts counts;
    private Future<Counts> pending;
    private long pendingGeneration;

    Statistics(Dataset dataset, StoreGeneration generation, OgpldProperties properties) {
        this.dataset = dataset;
        this.generation = generation;
        this.base = properties.base();
        this.waitMillis = Math.min(properties.query().timeout().toMillis(), MAX_WAIT_MILLIS);
    }

    /** Starts counting once the server is up, so that the first catalogue request need not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        count(generation.generation());
    }

    @PreDestroy
    void stop() {
        counting.shutdownNow();
    }

    /**
     * The counts of the store as it is now. A count runs in the background; a request waits for it at most 5 s (or
     * the query timeout, if shorter), then gets the counts of an earlier generation, or, when there are none yet, 503
     * with {@code Retry-After}. A big store takes minutes to count (SF 100, 11M quads: 80 s), and must not hold a
     * request or the start up that long.
     */
    Counts current() {
        long now = generation.generation();
        Counts known = counts;
        if (known != null && known.generation() == now) {
            return known;
        }
        try {
            return count(now).get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException ex) {
            if (known != null) {
                return known;
            }
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            throw new EndpointException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The store's statistics are still being counted; try again shortly", headers, ex);
        } catch (ExecutionException ex) {
            throw new IllegalStateException("Counting the store's statistics failed", ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting the store's statistics", ex);
        }
    }

    /**
     * The count of generation {@code now}: the one queued, running or done, or a new one (also after a failed one).
     * A count of an older generation that has not started yet is dropped.
     */
    private synchronized Future<Counts> count(long now) {
        boolean failed = pending != null && pending.isDone() && (counts == null || counts.generation() != now);
        if (pending == null || pendingGeneration != now || failed) {
            if (pending != null) {
                pending.cancel(false);
            }
            pendingGeneration = now;
            pending = counting.submit(() -> {
                try {
                    Counts counted = Txn.calculateRead(dataset, () -> countAt(now));
                    counts = counted;
                    return counted;
                } catch (RuntimeException ex) {
                    LOG.warn("Counting the store's statistics failed: {}", ex.toString());
                    throw ex;
                }
            });
        }
        return pending;
    }

    private Counts countAt(long at) {
        List<Map<String, Node>> totals = select(TOTALS);
        Map<String, Node> total = totals.get(0);
        return new Counts(at, number(total.get("triples")), number(total.get("subjects")),
                grouped(select(CLASSES), "class"), grouped(select(PROPERTIES), "property"),
                select(LICENCES).stream().map(row -> row.get("licence").getURI()).toList(), linkSets());
    }

    private Map<String, Map<String, Long>> linkSets() {
        Map<String, Map<String, Long>> sets = new TreeMap<>();
        forEachRow(LINKS.formatted(base), row -> {
            String target = row.get("o").getURI();
            String property = row.get("property").getURI();
            String host = vocabulary(target) || NOT_LINKS.contains(property) ? null : host(target);
            if (host != null) {
                sets.computeIfAbsent(host, h -> new TreeMap<>()).merge(property, 1L, Long::sum);
            }
        });
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

    /** The rows of {@code query}, kept: for the small answers (totals, classes, properties, licences). */
    private List<Map<String, Node>> select(String query) {
        List<Map<String, Node>> result = new ArrayList<>();
        forEachRow(query, result::add);
        return result;
    }

    /** Streams the rows of {@code query}; no timeout, as this runs on the counting thread, not for a request. */
    private void forEachRow(String query, Consumer<Map<String, Node>> action) {
        try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query).build()) {
            exec.select().forEachRemaining(binding -> {
                Map<String, Node> row = new HashMap<>();
                binding.vars().forEachRemaining(v -> row.put(v.getVarName(), binding.get(v)));
                action.accept(row);
            });
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
