package org.ogpld.bench.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.ogpld.bench.process.Server;
import org.ogpld.bench.write.JsonLdGraphs;
import org.ogpld.bench.report.Table;

/**
 * Before timing anything, asks every server the same queries and compares each baseline's answers with ours: result
 * sets row by row (as multisets, each in an order the query's {@code ORDER BY} allows), graphs by isomorphism, ASK
 * by value. A
 * throughput figure means nothing if the answers differ, so only the queries every server answers alike are timed.
 */
public final class AnswerCheck {

    private static final int DIFFERENCE_CHARS = 400;

    private AnswerCheck() {
    }

    /**
     * What the comparison found.
     *
     * @param table  agreeing samples per query and baseline, with the first difference of each disagreeing query
     * @param agreed the queries on which every baseline agreed with ours in every sample, in mix order
     */
    public record Agreement(Table table, List<QueryMix.Template> agreed) {}

    /** Compares the answers of {@code baselines} with those of {@code ours}, {@code samples} samples per query. */
    public static Agreement compare(List<QueryMix.Template> mix, Server ours, List<Server> baselines, int samples) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> header = new ArrayList<>(List.of("query"));
        baselines.forEach(b -> header.add("agree with " + b.name()));
        header.add("result size (first sample, ours)");
        Table table = new Table("Answers compared with ours (" + samples + " samples per query)",
                header.toArray(String[]::new));
        List<QueryMix.Template> agreed = new ArrayList<>();
        for (QueryMix.Template template : mix) {
            List<Object> row = new ArrayList<>(List.of("`" + template.name() + "`"));
            boolean all = true;
            String size = "";
            for (Server baseline : baselines) {
                int agree = 0;
                String difference = null;
                for (long s = 0; s < samples; s++) {
                    Answer a = fetch(http, ours.queryEndpoint(), template, s);
                    Answer b = fetch(http, baseline.queryEndpoint(), template, s);
                    size = s == 0 ? a.size() : size;
                    if (a.sameAs(b, QueryFactory.create(QueryMix.PREFIXES + template.text().apply(s)))) {
                        agree++;
                    } else if (difference == null) {
                        difference = a.difference(b);
                    }
                }
                row.add(agree + "/" + samples);
                all &= agree == samples;
                if (difference != null) {
                    table.note("`" + template.name() + "`, " + baseline.name() + " (first differing sample): "
                            + abbreviate(difference));
                }
            }
            row.add(size);
            table.row(row.toArray());
            if (all) {
                agreed.add(template);
            }
        }
        return new Agreement(table, agreed);
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= DIFFERENCE_CHARS ? line : line.substring(0, DIFFERENCE_CHARS) + " …";
    }

    private record Answer(int status, SPARQLResult result, ResultSetRewindable rows, Graph graph) {

        /**
         * Whether both answers are the same; rows as multisets, each in an order the query's {@code ORDER BY}
         * allows (rows that tie on its keys may come in any order).
         */
        boolean sameAs(Answer other, Query query) {
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
            return ResultSetCompare.equalsByTerm(rows, other.rows)
                    && sorted(rows, query) && sorted(other.rows, query);
        }

        private static boolean sorted(ResultSetRewindable rows, Query query) {
            return SortOrder.of(query).allows(bindings(rows));
        }

        /** What tells this answer (ours) from {@code other}: status, kind, size, or a row or triple only one has. */
        String difference(Answer other) {
            if (status != 200 || other.status != 200) {
                return "HTTP status " + status + " (ours) vs " + other.status;
            }
            if (graph != null || other.graph != null) {
                if (graph == null || other.graph == null) {
                    return "a graph on one side only";
                }
                return graph.size() + " vs " + other.graph.size() + " triples; only ours: "
                        + graph.find().filterDrop(other.graph::contains).nextOptional().map(Object::toString).orElse("-")
                        + "; only theirs: "
                        + other.graph.find().filterDrop(graph::contains).nextOptional().map(Object::toString).orElse("-");
            }
            if (result.isBoolean() || other.result.isBoolean()) {
                return "ASK " + size() + " vs " + other.size();
            }
            List<Binding> mine = bindings(rows);
            List<Binding> theirs = bindings(other.rows);
            String same = !new HashSet<>(mine).equals(new HashSet<>(theirs)) ? ""
                    : mine.size() == theirs.size() ? "; the same rows, in an order the query's ORDER BY does not give"
                    : "; the same distinct rows, some repeated";
            return mine.size() + " vs " + theirs.size() + " rows; only ours: " + firstMissing(mine, theirs)
                    + "; only theirs: " + firstMissing(theirs, mine) + same;
        }

        private static List<Binding> bindings(ResultSetRewindable rows) {
            rows.reset();
            List<Binding> all = new ArrayList<>();
            while (rows.hasNext()) {
                all.add(rows.nextBinding());
            }
            return all;
        }

        private static String firstMissing(List<Binding> from, List<Binding> in) {
            Set<Binding> other = new HashSet<>(in);
            return from.stream().filter(b -> !other.contains(b)).findFirst().map(Object::toString).orElse("-");
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
