package org.ogpld.bench.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.bench.data.Generator;
import org.ogpld.bench.data.NQuadsExport;
import org.ogpld.model.Iris;

/** The query mix runs on generated data in a TDB2 store with the union default graph, as the servers serve it. */
class QueryMixTest {

    private static Dataset dataset;
    private static List<QueryMix.Template> mix;

    @BeforeAll
    static void loadSmallScale() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NQuadsExport(Iris.defaults()).write(new Generator(42, 0.05), out);
        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> RDFParser.source(new ByteArrayInputStream(out.toByteArray()))
                .lang(Lang.NQUADS).parse(dataset.asDatasetGraph()));
        mix = QueryMix.of(Txn.calculateRead(dataset, () -> new Samples(
                column("SELECT DISTINCT ?x WHERE { ?x a <http://www.w3.org/ns/person#Person> } ORDER BY ?x"),
                column("SELECT DISTINCT ?x WHERE { ?x a <https://w3id.org/ogp-ld/ns#OgpMember> } ORDER BY ?x"),
                column("SELECT ?x WHERE { ?x a <https://w3id.org/ogp-ld/ns#Commitment> } ORDER BY ?x"),
                column("SELECT DISTINCT ?x WHERE { ?e <https://schema.org/organizer> ?x } ORDER BY ?x"),
                column("SELECT ?x WHERE { ?x a <http://data.europa.eu/m8g/PublicEvent> } ORDER BY ?x"))));
    }

    private static List<String> column(String query) {
        List<String> values = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> values.add(row.getResource("x").getURI()));
        }
        return values;
    }

    @Test
    void hasAtLeastTwelveQueriesOfTheKindsTheIssueNames() {
        assertThat(mix).hasSizeGreaterThanOrEqualTo(12);
        assertThat(mix).extracting(QueryMix.Template::name).contains("iri-lookup", "label-search",
                "describe-commitment", "construct-event-jsonld", "three-way-join-speakers", "aggregate-all-commitments");
    }

    @Test
    void everyQueryAnswersSomethingOnGeneratedData() {
        List<String> empty = new ArrayList<>();
        for (QueryMix.Template template : mix) {
            long answers = 0;
            for (long s = 0; s < 5; s++) {
                Query query = QueryFactory.create(QueryMix.PREFIXES + template.text().apply(s));
                answers += Txn.calculateRead(dataset, () -> size(query));
            }
            if (answers == 0) {
                empty.add(template.name());
            }
        }
        assertThat(empty).isEmpty();
    }

    private static long size(Query query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            if (query.isSelectType()) {
                long n = 0;
                for (var rows = qe.execSelect(); rows.hasNext(); rows.next()) {
                    n++;
                }
                return n;
            }
            if (query.isAskType()) {
                return qe.execAsk() ? 1 : 0;
            }
            return query.isDescribeType() ? qe.execDescribe().size() : qe.execConstruct().size();
        }
    }
}
