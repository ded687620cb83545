package org.ogpld.endpoint.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.vocab.Vocab;

/**
 * Data extension: the values of some properties for some reconciled entities, read from the union of the store's
 * graphs inside the caller's read transaction. Entities come back as {@code {id, name}}, concepts (policy areas,
 * completion levels) as their English label, other values as written.
 */
final class Extension {

    private static final String QUERY = EntityReader.PREFIXES + """
            SELECT DISTINCT ?s ?o WHERE { GRAPH <urn:x-arq:UnionGraph> { ?s %s ?o } VALUES ?s { %s } }
            ORDER BY ?s ?o""";
    private static final String LABELS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?label WHERE { GRAPH <urn:x-arq:UnionGraph> { ?o skos:prefLabel ?label } }
            ORDER BY DESC(LANGMATCHES(LANG(?label), "en")) ?label LIMIT 1""";
    private static final Map<String, String> CODE_LABELS = codeLabels();

    /** One value: an entity ({@code id} and {@code name}) or text ({@code text}). */
    record Value(String id, String name, String text) {}

    private final DatasetGraph dataset;
    private final Catalogue catalogue;

    Extension(DatasetGraph dataset, Catalogue catalogue) {
        this.dataset = dataset;
        this.catalogue = catalogue;
    }

    /** For each id, in order, each property's values. */
    Map<String, Map<ServiceProperty, List<Value>>> extend(List<String> ids, List<ServiceProperty> properties) {
        Map<String, Map<ServiceProperty, List<Value>>> rows = new LinkedHashMap<>();
        ids.forEach(id -> rows.put(id, new LinkedHashMap<>()));
        // Only the store's own entities are asked about: an unknown id gets empty values, and nothing a client
        // sends is written into the query.
        Map<String, String> idsByIri = new LinkedHashMap<>();
        ids.forEach(id -> catalogue.entity(id).ifPresent(e -> idsByIri.put(e.iri(), id)));
        StringBuilder values = new StringBuilder();
        idsByIri.keySet().forEach(iri -> values.append(FmtUtils.stringForNode(NodeFactory.createURI(iri)))
                .append(' '));
        for (ServiceProperty property : properties) {
            ids.forEach(id -> rows.get(id).put(property, new ArrayList<>()));
            if (idsByIri.isEmpty()) {
                continue;
            }
            String text = QUERY.formatted(property.path(), values);
            try (QueryExec exec = QueryExec.dataset(dataset).query(text).build()) {
                exec.select().forEachRemaining(row -> {
                    String id = idsByIri.get(row.get("s").getURI());
                    value(property, row.get("o")).ifPresent(v -> rows.get(id).get(property).add(v));
                });
            }
        }
        return rows;
    }

    private Optional<Value> value(ServiceProperty property, Node node) {
        if (node.isLiteral()) {
            return Optional.of(new Value(null, null, node.getLiteralLexicalForm()));
        }
        if (!node.isURI()) {
            return Optional.empty();
        }
        Optional<Entity> entity = catalogue.entity(node.getURI());
        if (property.value() == ServiceProperty.Value.ENTITY && entity.isPresent()) {
            return Optional.of(new Value(entity.get().id(), entity.get().name(), null));
        }
        return Optional.of(new Value(null, null, entity.map(Entity::name).orElseGet(() -> label(node))));
    }

    private String label(Node node) {
        String code = CODE_LABELS.get(node.getURI());
        if (code != null) {
            return code;
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(LABELS);
        query.setParam("o", node);
        try (QueryExec exec = QueryExec.dataset(dataset).query(query.asQuery()).build()) {
            var rows = exec.select();
            if (rows.hasNext()) {
                return rows.next().get("label").getLiteralLexicalForm();
            }
        }
        String iri = node.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static Map<String, String> codeLabels() {
        Model codes = Vocab.codeLists();
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Statement statement : codes.listStatements(null, SKOS.prefLabel, (String) null).toList()) {
            String subject = statement.getSubject().getURI();
            if (subject != null && "en".equals(statement.getLanguage()) && seen.add(subject)) {
                labels.put(subject, statement.getString());
            }
        }
        return Map.copyOf(labels);
    }
}
