package org.ogpld.bench.write;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.bench.data.Generator;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.model.jsonld.JsonLdWriter;
import org.ogpld.model.rdf.PublicationMapping;
import org.ogpld.vocab.Vocab;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Mapping and writing, one operation being every publication of the scale factor, each written as its own
 * document (as a publisher writes them): the model's mapping, Jena's N-Triples and Turtle writers, and for
 * JSON-LD our streaming framed writer against Jena's JSON-LD 1.1 writer and Titanium's framing (the processor
 * Jena and the model's Titanium path use).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WritersBenchmark {

    @Param("1")
    public double scale;

    @Param("42")
    public long seed;

    private List<Publication> publications;
    private List<Model> models;
    private List<String> frames;
    private PublicationMapping mapping;

    @Setup(Level.Trial)
    public void setUp() {
        mapping = new PublicationMapping(Iris.defaults());
        publications = new Generator(seed, scale).publications().toList();
        models = publications.stream().map(mapping::toModel).toList();
        frames = publications.stream().map(p -> Vocab.frame(p.events().isEmpty() ? "commitment" : "event")).toList();
    }

    /** How many triples one operation handles. */
    public long triples() {
        return models.stream().mapToLong(Model::size).sum();
    }

    @Benchmark
    public long mapping() {
        long triples = 0;
        for (Publication p : publications) {
            triples += mapping.toModel(p).size();
        }
        return triples;
    }

    @Benchmark
    public void ntriples() {
        models.forEach(m -> RDFDataMgr.write(OutputStream.nullOutputStream(), m, RDFFormat.NTRIPLES));
    }

    @Benchmark
    public void turtle() {
        models.forEach(m -> {
            m.setNsPrefixes(Vocab.prefixes());
            RDFDataMgr.write(OutputStream.nullOutputStream(), m, RDFFormat.TURTLE_PRETTY);
        });
    }

    @Benchmark
    public void jsonldOurs() {
        models.forEach(m -> JsonLdWriter.write(m.getGraph(), JsonLdWriter.Layout.EMBEDDED,
                OutputStream.nullOutputStream()));
    }

    @Benchmark
    public void jsonldJena() {
        models.forEach(m -> RDFDataMgr.write(OutputStream.nullOutputStream(), m, RDFFormat.JSONLD11_PRETTY));
    }

    @Benchmark
    public Object jsonldTitaniumFramed() throws JsonLdError, RdfConsumerException {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            out.add(JsonLd.frame(JsonDocument.of(expanded(models.get(i))),
                            JsonDocument.of(new StringReader(frames.get(i))))
                    .loader(Vocab.documentLoader()).ordered(true).get());
        }
        return out;
    }

    /** The graph as expanded JSON-LD by Titanium's from-RDF algorithm, as the model's Titanium path does it. */
    static jakarta.json.JsonArray expanded(Model model) throws JsonLdError, RdfConsumerException {
        QuadsToJsonld consumer = JsonLd.fromRdf().ordered(true);
        for (Iterator<Triple> it = model.getGraph().find(); it.hasNext(); ) {
            Triple t = it.next();
            Node o = t.getObject();
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                consumer.quad(t.getSubject().getURI(), t.getPredicate().getURI(), o.getLiteralLexicalForm(),
                        lang.isEmpty() ? o.getLiteralDatatypeURI() : RDF.langString.getURI(),
                        lang.isEmpty() ? null : lang, null, null);
            } else {
                consumer.quad(t.getSubject().getURI(), t.getPredicate().getURI(), o.getURI(), null, null, null, null);
            }
        }
        return consumer.toJsonLd();
    }

    /** The publications' graphs, for checks outside the measurements. */
    public List<Model> models() {
        return models;
    }
}
