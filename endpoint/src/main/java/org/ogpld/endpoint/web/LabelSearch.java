package org.ogpld.endpoint.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.ld.DataIris;
import org.ogpld.endpoint.pages.Labels;
import org.ogpld.endpoint.pages.Value;
import org.springframework.stereotype.Component;

/**
 * Label search across kinds: a SPARQL SELECT over the naming properties of this publication's resources, the
 * searched text passed as a literal (never spliced into the query), case-insensitive, at most {@value #LIMIT}
 * resources.
 */
@Component
class LabelSearch {

    static final int LIMIT = 100;
    static final int MAX_LENGTH = 200;

    private static final String QUERY = """
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
            PREFIX dct:    <http://purl.org/dc/terms/>
            SELECT ?resource ?label WHERE {
              VALUES ?property { skos:prefLabel skos:altLabel schema:name foaf:name dct:title rdfs:label dct:identifier }
              ?resource ?property ?label .
              FILTER(isIRI(?resource) && STRSTARTS(STR(?resource), ?prefix) && !CONTAINS(STR(?resource), "#"))
              FILTER(CONTAINS(LCASE(STR(?label)), ?text))
            }
            ORDER BY ?resource""";

    private final Dataset dataset;
    private final DataIris iris;
    private final long timeoutMillis;

    LabelSearch(Dataset dataset, DataIris iris, OgpldProperties properties) {
        this.dataset = dataset;
        this.iris = iris;
        this.timeoutMillis = properties.query().timeout().toMillis();
    }

    /**
     * One resource found.
     *
     * @param kind its kind ({@code event}...)
     * @param value its label in the visitor's language, linked to its page
     */
    record Hit(String kind, Value value) {}

    List<Hit> find(String text, String language) {
        String wanted = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        ParameterizedSparqlString query = new ParameterizedSparqlString(QUERY);
        query.setLiteral("prefix", iris.base() + "id/");
        query.setLiteral("text", wanted.toLowerCase(Locale.ROOT));
        Map<Node, List<Node>> found = Txn.calculateRead(dataset, () -> collect(query));
        Labels labels = new Labels(language);
        List<Hit> hits = new ArrayList<>();
        found.forEach((resource, labelNodes) -> {
            Node best = labels.inLanguage(labelNodes).get(0);
            Value label = labels.literal(best);
            iris.owner(resource.getURI()).ifPresent(id -> hits.add(new Hit(id.kind().segment(),
                    new Value(label.text(), label.lang(), DataIris.docPath(id)))));
        });
        return hits;
    }

    private Map<Node, List<Node>> collect(ParameterizedSparqlString query) {
        Map<Node, List<Node>> found = new LinkedHashMap<>();
        try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query.asQuery())
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node resource = row.get("resource");
                if (!found.containsKey(resource) && found.size() >= LIMIT) {
                    break;
                }
                Node label = row.get("label");
                if (label.isLiteral()) {
                    found.computeIfAbsent(resource, r -> new ArrayList<>()).add(label);
                }
            }
        }
        return found;
    }
}
