package org.ogpld.endpoint.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.ogpld.vocab.Vocab;

/**
 * Counts what the VoID and DCAT descriptions say: triples, distinct subjects, classes and properties with their
 * sizes, and the link sets: links to other datasets, grouped by target: Wikidata's entities, each table of the EU
 * Publications Office authorities (the country authority OGP members link to apart from the languages documents are
 * in), and otherwise the target's host (GeoNames), all off TDB2's quad indexes ({@link QuadIndexCounter}); and by
 * SPARQL, the licences the source graphs declare and the graphs of links between the store's own sources. Run inside
 * a read transaction; it takes as long as the store is big.
 */
final class StoreCounter {

    /** Each named graph with the licence it states of itself (none, if it states none). */
    private static final String LICENCES = """
            SELECT ?graph ?licence WHERE { GRAPH ?graph { OPTIONAL { ?graph <http://purl.org/dc/terms/license> ?licence
                FILTER(isIRI(?licence)) } } } GROUP BY ?graph ?licence ORDER BY ?graph ?licence""";

    /** The graphs of links, under the base, that are described as link sets of their own when the store has them. */
    private static final List<String> LINKSET_GRAPHS = List.of("graph/reconciliation-links", "graph/candidate-links");
    private static final String LINK_PREDICATES = "<http://www.w3.org/2002/07/owl#sameAs>, "
            + "<http://www.w3.org/2004/02/skos/core#closeMatch>, <http://www.w3.org/2004/02/skos/core#exactMatch>";
    private static final String LINKSET_PREDICATES = """
            SELECT ?p (COUNT(*) AS ?count) WHERE { GRAPH <%s> { ?s ?p ?o FILTER(?p IN (%s) && isIRI(?o)) } }
            GROUP BY ?p ORDER BY ?p""";
    /** Per pair of graphs (other than link graphs) typing the subject and the object: the links between them. */
    private static final String LINKSET_PAIRS = """
            SELECT ?sg ?og ?p (COUNT(*) AS ?count) WHERE { { SELECT DISTINCT ?s ?p ?o ?sg ?og WHERE {
                GRAPH <%1$s> { ?s ?p ?o FILTER(?p IN (%2$s) && isIRI(?o)) }
                GRAPH ?sg { ?s a ?st } GRAPH ?og { ?o a ?ot } FILTER(?sg NOT IN (%3$s) && ?og NOT IN (%3$s)) } } }
            GROUP BY ?sg ?og ?p ORDER BY ?sg ?og ?p""";

    /** Properties whose values are web pages or licences, not resources of another dataset. */
    private static final Set<String> NOT_LINKS = Set.of(
            "http://purl.org/dc/terms/license", "https://schema.org/url", "http://xmlns.com/foaf/0.1/homepage",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    /** The EU Publications Office authority tables, {@code …/authority/country/}: one target each. */
    private static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final List<String> VOCABULARIES = List.copyOf(Vocab.prefixes().getNsPrefixMap().values());

    private final Dataset dataset;
    private final String base;

    StoreCounter(Dataset dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    /** The counts of the store as the caller's read transaction sees it, labelled with generation {@code at}. */
    Statistics.Counts count(long at) {
        QuadIndexCounter indexes = new QuadIndexCounter(dataset);
        QuadIndexCounter.Totals totals = indexes.totals();
        return new Statistics.Counts(at, totals.quads(), totals.subjects(), indexes.classes(), totals.properties(),
                licences(), indexes.links(iri -> linkTarget(base, iri), StoreCounter::linkProperty),
                linksetGraphs());
    }

    private Map<String, List<String>> licences() {
        Map<String, List<String>> licences = new TreeMap<>();
        for (Map<String, Node> row : select(LICENCES)) {
            if (row.get("graph") == null) {
                continue; // an empty store still answers the pattern once, with no graph
            }
            List<String> ofGraph = licences.computeIfAbsent(row.get("graph").getURI(), g -> new ArrayList<>());
            if (row.get("licence") != null) {
                ofGraph.add(row.get("licence").getURI());
            }
        }
        return licences;
    }

    /**
     * The target of a link to {@code iri} from a store under {@code base}, or null if it is none: the store's own
     * IRIs, vocabulary terms, IRIs without a host.
     */
    static String linkTarget(String base, String iri) {
        return iri.startsWith(base) || vocabulary(iri) ? null : uriSpace(iri);
    }

    /** Whether a property can state a link: not one whose values are web pages, licences or classes. */
    static boolean linkProperty(String property) {
        return !NOT_LINKS.contains(property);
    }

    private List<LinksetGraph> linksetGraphs() {
        List<LinksetGraph> graphs = new ArrayList<>();
        String linkGraphs = String.join(", ", LINKSET_GRAPHS.stream().map(g -> "<" + base + g + ">").toList());
        for (String name : LINKSET_GRAPHS) {
            String graph = base + name;
            Map<String, Long> byPredicate = grouped(select(LINKSET_PREDICATES.formatted(graph, LINK_PREDICATES)), "p");
            if (byPredicate.isEmpty()) {
                continue;
            }
            Map<List<String>, Map<String, Long>> pairs = new TreeMap<>(java.util.Comparator
                    .comparing((List<String> pair) -> pair.get(0)).thenComparing(pair -> pair.get(1)));
            forEachRow(LINKSET_PAIRS.formatted(graph, LINK_PREDICATES, linkGraphs), row -> pairs
                    .computeIfAbsent(List.of(row.get("sg").getURI(), row.get("og").getURI()), p -> new TreeMap<>())
                    .put(row.get("p").getURI(), number(row.get("count"))));
            graphs.add(new LinksetGraph(graph, byPredicate, pairs.entrySet().stream()
                    .map(e -> new LinksetGraph.Pair(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList()));
        }
        return graphs;
    }

    /** Whether an IRI is a term of a vocabulary or code list (a class, a concept), not a link to other data. */
    private static boolean vocabulary(String iri) {
        return VOCABULARIES.stream().anyMatch(iri::startsWith)
                || iri.startsWith("https://w3id.org/ogp-ld/");
    }

    /** The URI space of the dataset a link points into. */
    static String uriSpace(String iri) {
        if (iri.startsWith(WIKIDATA)) {
            return WIKIDATA;
        }
        if (iri.startsWith(EU_AUTHORITY)) {
            int table = iri.indexOf('/', EU_AUTHORITY.length());
            return table < 0 ? null : iri.substring(0, table + 1);
        }
        return host(iri);
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
