package org.ogpld.endpoint.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Reads the reconcilable resources of a store: every {@code {base}id/…} resource (not a part, {@code …#x}) of an
 * {@link EntityType}, with its names, identifiers and the facts property constraints compare with. Runs inside the
 * caller's read transaction; looks into every named graph, so that it needs no union default graph.
 */
final class EntityReader {

    /** The prefixes of the reconciliation service's queries. */
    static final String PREFIXES = """
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
            PREFIX dct:    <http://purl.org/dc/terms/>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX adms:   <http://www.w3.org/ns/adms#>
            PREFIX ogp:    <https://w3id.org/ogp-ld/ns#>
            """;
    private static final String OWN = "FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?prefix) && !CONTAINS(STR(?s), \"#\"))";
    private static final String TYPES = PREFIXES + "SELECT ?s ?type ?g WHERE { GRAPH ?g { ?s a ?type } " + OWN + " }";
    /** Rank 0 are labels, which the shown name comes from. */
    private static final String NAMES = PREFIXES + """
            SELECT ?s ?rank ?label WHERE {
              VALUES (?p ?rank) { (skos:prefLabel 0) (foaf:name 0) (dct:title 0) (schema:name 0) (rdfs:label 1)
                (skos:altLabel 2) (schema:alternateName 2) (ogp:acronym 2) }
              GRAPH ?g { ?s ?p ?label } FILTER(isLiteral(?label)) """ + OWN + "} ORDER BY ?s ?rank";
    private static final String IDENTIFIERS = PREFIXES + """
            SELECT DISTINCT ?s ?identifier WHERE {
              GRAPH ?g { { ?s dct:identifier ?identifier } UNION { ?s adms:identifier/skos:notation ?identifier } }
            """ + OWN + "}";
    /** What an entity's member is: a plan's submitter, a commitment's plan's, an institution's commitments'. */
    private static final String LINKS = PREFIXES + """
            SELECT DISTINCT ?s ?fact ?o WHERE {
              GRAPH ?g1 {
                { ?s ogp:submittedBy ?o BIND("member" AS ?fact) }
                UNION { ?s ogp:actionPlan ?o BIND("actionPlan" AS ?fact) }
                UNION { ?c ogp:leadInstitution|ogp:supportingInstitution ?s ; ogp:actionPlan ?o
                        BIND("institutionPlan" AS ?fact) }
                UNION { ?post org:heldBy ?s ; org:postIn ?o BIND("organisation" AS ?fact) }
              }
            """ + OWN + "}";

    private final DatasetGraph dataset;
    private final String prefix;

    EntityReader(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.prefix = base + "id/";
    }

    /** The entities, in IRI order. */
    List<Entity> read() {
        Map<String, Draft> drafts = new TreeMap<>();
        select(TYPES, (row, s) -> EntityType.of(row.get("type").getURI()).ifPresent(type -> {
            Draft draft = drafts.computeIfAbsent(s, Draft::new);
            draft.types.add(type);
            draft.graphs.add(row.get("g").getURI());
        }));
        select(NAMES, (row, s) -> with(drafts, s, d -> d.name(row.get("label"),
                "0".equals(row.get("rank").getLiteralLexicalForm()))));
        select(IDENTIFIERS, (row, s) -> with(drafts, s,
                d -> d.identifiers.add(row.get("identifier").getLiteralLexicalForm())));
        Map<String, Map<String, Set<String>>> links = new LinkedHashMap<>();
        select(LINKS, (row, s) -> links.computeIfAbsent(s, x -> new LinkedHashMap<>())
                .computeIfAbsent(row.get("fact").getLiteralLexicalForm(), x -> new LinkedHashSet<>())
                .add(row.get("o").getURI()));
        List<Entity> entities = new ArrayList<>(drafts.size());
        drafts.values().stream().filter(d -> !d.types.isEmpty())
                .forEach(d -> entities.add(d.entity(prefix, facts(d, drafts, links), drafts)));
        return entities;
    }

    private static void with(Map<String, Draft> drafts, String s, java.util.function.Consumer<Draft> action) {
        Draft draft = drafts.get(s);
        if (draft != null) {
            action.accept(draft);
        }
    }

    /** The facts of one entity: its member's, its plan's and its organisations' names and identifiers. */
    private static Map<String, List<String>> facts(Draft draft, Map<String, Draft> drafts,
            Map<String, Map<String, Set<String>>> links) {
        Map<String, Set<String>> own = links.getOrDefault(draft.iri, Map.of());
        Set<String> plans = new LinkedHashSet<>(own.getOrDefault("actionPlan", Set.of()));
        plans.addAll(own.getOrDefault("institutionPlan", Set.of()));
        Set<String> members = new LinkedHashSet<>(own.getOrDefault("member", Set.of()));
        plans.forEach(plan -> members.addAll(links.getOrDefault(plan, Map.of()).getOrDefault("member", Set.of())));
        if (draft.types.contains(EntityType.MEMBER)) {
            members.add(draft.iri);
        }
        Map<String, List<String>> facts = new LinkedHashMap<>();
        facts.put("member", described(members, drafts));
        facts.put("actionPlan", described(own.getOrDefault("actionPlan", Set.of()), drafts));
        facts.put("organisation", described(own.getOrDefault("organisation", Set.of()), drafts));
        facts.put("identifier", List.copyOf(draft.identifiers));
        facts.values().removeIf(List::isEmpty);
        return facts;
    }

    private static List<String> described(Set<String> iris, Map<String, Draft> drafts) {
        List<String> values = new ArrayList<>();
        for (String iri : iris) {
            values.add(iri);
            Draft other = drafts.get(iri);
            if (other != null) {
                other.names.forEach(n -> values.add(n.getLiteralLexicalForm()));
                values.addAll(other.identifiers);
            }
        }
        return values;
    }

    private void select(String text, BiConsumer<Binding, String> action) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(text);
        query.setLiteral("prefix", prefix);
        try (QueryExec exec = QueryExec.dataset(dataset).query(query.asQuery()).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> action.accept(row, row.get("s").getURI()));
        }
    }

    /** What is known of one resource while the answers come in. */
    private static final class Draft {
        private final String iri;
        private final Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        private final Set<String> graphs = new LinkedHashSet<>();
        private final Set<Node> names = new LinkedHashSet<>();
        private final Set<Node> labels = new LinkedHashSet<>();
        private final Set<String> identifiers = new LinkedHashSet<>();

        private Draft(String iri) {
            this.iri = iri;
        }

        private void name(Node label, boolean primary) {
            names.add(label);
            if (primary) {
                labels.add(label);
            }
        }

        private Entity entity(String prefix, Map<String, List<String>> facts, Map<String, Draft> drafts) {
            List<String> written = names.stream().map(Node::getLiteralLexicalForm).distinct().toList();
            String name = shownName();
            return new Entity(iri, iri.substring(prefix.length()), name, description(facts, drafts), types,
                    written, List.copyOf(identifiers), facts, graphs);
        }

        /** The first label in Azerbaijani, else in English, else the first name, else the identifier. */
        private String shownName() {
            Comparator<Node> byLanguage = Comparator.comparingInt(n -> switch (n.getLiteralLanguage()) {
                case "az" -> 0;
                case "en" -> 1;
                default -> 2;
            });
            return (labels.isEmpty() ? names : labels).stream().min(byLanguage)
                    .map(Node::getLiteralLexicalForm)
                    .orElse(identifiers.isEmpty() ? iri : identifiers.iterator().next());
        }

        private String description(Map<String, List<String>> facts, Map<String, Draft> drafts) {
            EntityType main = types.contains(EntityType.MEMBER) ? EntityType.MEMBER : types.iterator().next();
            StringBuilder text = new StringBuilder(main.label());
            if (!identifiers.isEmpty() && main != EntityType.ORGANISATION) {
                text.append(' ').append(identifiers.stream().sorted().collect(Collectors.joining(", ")));
            }
            for (String fact : List.of("actionPlan", "member", "organisation")) {
                List<String> values = facts.getOrDefault(fact, List.of());
                if (!values.isEmpty() && !values.get(0).equals(iri) && drafts.containsKey(values.get(0))) {
                    text.append(" · ").append(drafts.get(values.get(0)).shownName());
                }
            }
            return text.toString();
        }
    }
}
