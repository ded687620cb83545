package org.ogpld.bench.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.ogpld.bench.write.JsonLdGraphs;
import org.ogpld.bench.report.Table;

/**
 * Before timing anything, asks both servers the same queries and compares the answers: result sets row by row
 * (as multisets, or in order where the query orders them), graphs by isomorphism, ASK by value. A throughput figure
 * means nothing if the answers differ.
 */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    public static Table compare(List<QueryMix.Template> mix, URI ours, URI baseline, int samples) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Table table = new Table("Answers compared, ours vs Fuseki (" + samples + " samples per query)",
                "query", "samples agreeing", "result size (first sample)");
        for (QueryMix.Template template : mix) {
            int agree = 0;
            String size = "";
            for (long s = 0; s < samples; s++) {
                Answer a = fetch(http, ours, template, s);
                Answer b = fetch(http, baseline, template, s);
                if (s == 0) {
                    size = b.size();
                }
                if (a.sameAs(b, template.text().apply(s).contains("ORDER BY"))) {
                    agree++;
                }
            }
            table.row("`" + template.name() + "`", agree + "/" + samples, size);
        }
        return table;
    }

    private record Answer(int status, SPARQLResult result, ResultSetRewindable rows, Graph graph) {

        boolean sameAs(Answer other, boolean ordered) {
            if (status != 200 || other.status != 200) {
                return false;
            }
            if (graph != null) {
                return other.graph != null && graph.isIsomorphicWith(other.graph);
            }
            if (result.isBoolean()) {
                return other.result.isBoolean() && result.getBooleanResult() == other.result.getBooleanResult();
            }
            rows.reset();
            other.rows.reset();
            return ordered ? ResultSetCompare.equalsByTermAndOrder(rows, other.rows)
                    : ResultSetCompare.equalsByTerm(rows, other.rows);
        }

        String size() {
            if (status != 200) {
                return "HTTP " + status;
            }
            if (graph != null) {
                return graph.size() + " triples";
            }
            if (result.isBoolean()) {
                return Boolean.toString(result.getBooleanResult());
            }
            return rows.size() + " rows";
        }
    }

    private static Answer fetch(HttpClient http, URI endpoint, QueryMix.Template template, long sample) {
        try {
            HttpResponse<byte[]> response = http.send(QueryLoad.request(endpoint, template, sample),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return new Answer(response.statusCode(), null, null, null);
            }
            ByteArrayInputStream body = new ByteArrayInputStream(response.body());
            if (template.accept().equals(QueryMix.JSON)) {
                SPARQLResult result = ResultsReader.create().lang(ResultSetLang.RS_JSON).build().readAny(body);
                return new Answer(200, result, result.isResultSet() ? result.getResultSet().rewindable() : null, null);
            }
            if (template.accept().contains("ld+json")) {
                return new Answer(200, null, null, JsonLdGraphs.read(body));
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(body).lang(Lang.TURTLE).parse(graph);
            return new Answer(200, null, null, graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
