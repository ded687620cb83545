package org.ogpld.bench.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.ogpld.bench.report.Table;
import org.ogpld.model.jsonld.JsonLdWriter;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link WritersBenchmark} with JMH and proves the JSON-LD outputs equivalent to the graphs they write. */
public final class WriteBenchmark {

    private final double scale;
    private final long seed;
    private final String heap;

    public WriteBenchmark(double scale, long seed, String heap) {
        this.scale = scale;
        this.seed = seed;
        this.heap = heap;
    }

    /** Expands every publication's JSON-LD, ours and Jena's, and compares it with the graph by isomorphism. */
    public Table equivalence() {
        WritersBenchmark state = state();
        int ours = 0;
        int jena = 0;
        for (Model model : state.models()) {
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            JsonLdWriter.write(model.getGraph(), JsonLdWriter.Layout.EMBEDDED, a);
            if (JsonLdGraphs.read(new ByteArrayInputStream(a.toByteArray())).isIsomorphicWith(model.getGraph())) {
                ours++;
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            RDFDataMgr.write(b, model, RDFFormat.JSONLD11_PRETTY);
            if (JsonLdGraphs.read(new ByteArrayInputStream(b.toByteArray())).isIsomorphicWith(model.getGraph())) {
                jena++;
            }
        }
        int n = state.models().size();
        return new Table("JSON-LD equivalence: output expanded (Titanium toRdf) and compared with the graph by isomorphism",
                "writer", "publications isomorphic", "triples")
                .row("ours: `JsonLdWriter`", ours + "/" + n, state.triples())
                .row("Jena `JSONLD11_PRETTY`", jena + "/" + n, state.triples());
    }

    /**
     * The JSON-LD writers (and N-Triples for scale) run one after the other in one JVM, round after round, so that
     * the load other programs put on a shared machine falls on all of them alike; medians per writer.
     */
    public Table alternating(int rounds) {
        WritersBenchmark state = state();
        Map<String, Runnable> writers = new java.util.LinkedHashMap<>();
        writers.put("jsonldOurs", state::jsonldOurs);
        writers.put("jsonldJena", state::jsonldJena);
        writers.put("ntriples", state::ntriples);
        Map<String, double[]> times = new HashMap<>();
        writers.keySet().forEach(k -> times.put(k, new double[rounds]));
        for (int r = -1; r < rounds; r++) {
            for (Map.Entry<String, Runnable> w : writers.entrySet()) {
                long t0 = System.nanoTime();
                w.getValue().run();
                if (r >= 0) {
                    times.get(w.getKey())[r] = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        long triples = state.triples();
        double jena = median(times.get("jsonldJena"));
        Table table = new Table("JSON-LD writers alternating in one JVM (" + rounds + " rounds after one warm-up,"
                + " medians, " + String.format("%,d", triples) + " triples)", "writer", "median ms", "triples/s",
                "speed vs Jena JSON-LD");
        writers.keySet().forEach(k -> table.row(label(k), median(times.get(k)), triples / (median(times.get(k)) / 1000),
                jena / median(times.get(k))));
        return table;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Runs the JMH benchmarks; returns their table. */
    public Table throughput(int warmups, int measurements) throws RunnerException {
        long triples = state().triples();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(WritersBenchmark.class.getName() + ".*")
                .param("scale", Double.toString(scale)).param("seed", Long.toString(seed))
                .warmupIterations(warmups).measurementIterations(measurements).forks(1)
                .jvmArgs("-Xmx" + heap, "-Xms" + heap).build()).run();
        Map<String, double[]> scores = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.') + 1),
                    new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        double jena = scores.get("jsonldJena")[0];
        Table table = new Table("Mapping and writing (JMH single-shot, " + warmups + " warm-up + " + measurements
                + " measured, one operation = all " + String.format("%,d", triples) + " triples, one document per"
                + " publication)", "step", "ms per operation", "± (99.9%)", "triples/s", "speed vs Jena JSON-LD");
        for (String name : List.of("mapping", "ntriples", "turtle", "jsonldOurs", "jsonldJena", "jsonldTitaniumFramed")) {
            double[] s = scores.get(name);
            table.row(label(name), s[0], s[1], triples / (s[0] / 1000), jena / s[0]);
        }
        return table.note("`jsonldTitaniumFramed` frames each publication with the vocabulary frame of its main kind"
                + " (commitment or event) through Titanium, the path the model's Titanium writer takes; it is timed"
                + " only (a frame keeps only what it matches, so it is not compared by isomorphism).");
    }

    private WritersBenchmark state() {
        WritersBenchmark state = new WritersBenchmark();
        state.scale = scale;
        state.seed = seed;
        state.setUp();
        return state;
    }

    private static String label(String name) {
        return switch (name) {
            case "mapping" -> "publications → RDF (model mapping)";
            case "ntriples" -> "N-Triples (Jena writer)";
            case "turtle" -> "Turtle pretty with our prefixes (Jena writer)";
            case "jsonldOurs" -> "JSON-LD framed, ours (streaming)";
            case "jsonldJena" -> "JSON-LD 1.1, Jena's writer";
            default -> "JSON-LD framed by Titanium";
        };
    }
}
