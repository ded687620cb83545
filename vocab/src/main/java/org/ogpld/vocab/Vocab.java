package org.ogpld.vocab;

import com.apicatalog.jsonld.loader.DocumentLoader;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The OGP-LD vocabulary as classpath resources: the {@code ogp:} ontology, the SKOS code lists, the SHACL shapes,
 * the JSON-LD context and frames, the prefixes and the HTML documentation. Graphs are parsed once and returned
 * read-only.
 *
 * <p>The shapes check code-list values with {@code sh:in}, so data can be validated on its own, without adding
 * {@link #codeLists()} to the data graph. Results of severity {@code sh:Violation} mean the data must not be
 * published; {@code sh:Warning} results are advice.
 *
 * <pre>{@code
 * ValidationReport report = ShaclValidator.get().validate(Vocab.shapes(), data.getGraph());
 * Document expanded = JsonLd.expand(document).loader(Vocab.documentLoader()).get();
 * }</pre>
 */
public final class Vocab {

    /**
     * The IRI under which the JSON-LD context is published and by which documents and frames reference it. To get
     * compacted output that references the context by this IRI, compact with the context document
     * {@code {"@context": CONTEXT_IRI}} and {@link #documentLoader()}.
     */
    public static final String CONTEXT_IRI = "https://w3id.org/ogp-ld/ns/context.jsonld";

    /** The kinds that {@link #frame(String)} knows, one per top-level kind of resource. */
    public static final Set<String> FRAME_KINDS =
            Set.of("event", "organisation", "person", "commitment", "action-plan", "study");

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ogp", OGP.NS).setNsPrefix("code", OGPCode.NS)
            .setNsPrefix("cv", CV.NS).setNsPrefix("org", ORG.NS).setNsPrefix("person", PERSON.NS)
            .setNsPrefix("schema", SCHEMA.NS).setNsPrefix("foaf", FOAF.NS).setNsPrefix("dct", DCTerms.NS)
            .setNsPrefix("skos", SKOS.uri).setNsPrefix("prov", PROV.NS).setNsPrefix("qb", QB.NS)
            .setNsPrefix("time", TIME.NS).setNsPrefix("locn", LOCN.NS).setNsPrefix("p-plan", PPLAN.NS)
            .setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("hydra", HYDRA.NS)
            .setNsPrefix("vann", VANN.NS).setNsPrefix("owl", OWL.NS).setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("xsd", XSD.NS)
            .lock();

    private Vocab() {
    }

    /** The {@code ogp:} ontology ({@code ogp.ttl}), read-only. */
    public static Model ontology() {
        return ModelFactory.createModelForGraph(OntologyGraph.GRAPH);
    }

    /** The SKOS code lists ({@code codes.ttl}), read-only. */
    public static Model codeLists() {
        return ModelFactory.createModelForGraph(CodesGraph.GRAPH);
    }

    /** The SHACL shapes graph ({@code shapes.ttl}), read-only. */
    public static Graph shapesGraph() {
        return ShapesGraph.GRAPH;
    }

    /** The SHACL shapes, parsed for Jena's validator. */
    public static Shapes shapes() {
        return ShapesGraph.SHAPES;
    }

    /** The JSON-LD 1.1 context, as published at {@link #CONTEXT_IRI}. */
    public static String context() {
        return Texts.CONTEXT;
    }

    /**
     * The JSON-LD frame for one kind of resource; it references the context by {@link #CONTEXT_IRI}, so frame with
     * {@link #documentLoader()}.
     *
     * @param kind one of {@link #FRAME_KINDS}
     * @throws IllegalArgumentException for any other kind
     */
    public static String frame(String kind) {
        Objects.requireNonNull(kind, "kind");
        if (!FRAME_KINDS.contains(kind)) {
            throw new IllegalArgumentException("No JSON-LD frame for kind '" + kind + "'; known kinds: "
                    + FRAME_KINDS.stream().sorted().toList());
        }
        return VocabResources.text("frames/" + kind + ".jsonld");
    }

    /** All prefixes of the vocabulary and of the namespaces it reuses, locked. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /** The static HTML documentation of the ontology and code lists, generated at build time. */
    public static String documentationHtml() {
        return VocabResources.text("ogp.html");
    }

    /**
     * A Titanium document loader that serves {@link #CONTEXT_IRI} from the classpath and refuses every other URL,
     * so that nothing reaches the network.
     */
    public static DocumentLoader documentLoader() {
        return ClasspathDocumentLoader.INSTANCE;
    }

    /**
     * Finds the concept of a code list by its {@code skos:notation}, such as the cell text of the OGP commitments
     * spreadsheet ({@code "Substantial"} in {@link OGPCode#completion}).
     */
    public static Optional<Resource> concept(Resource scheme, String notation) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(notation, "notation");
        Model codes = codeLists();
        return codes.listSubjectsWithProperty(SKOS.notation, notation).toList().stream()
                .filter(concept -> concept.hasProperty(SKOS.inScheme, scheme))
                .findFirst();
    }

    /** Each resource is parsed once, on first use of its holder. */
    private static final class OntologyGraph {
        static final Graph GRAPH = new GraphReadOnly(VocabResources.turtle("ogp.ttl"));
    }

    private static final class CodesGraph {
        static final Graph GRAPH = new GraphReadOnly(VocabResources.turtle("codes.ttl"));
    }

    private static final class ShapesGraph {
        static final Graph GRAPH = new GraphReadOnly(VocabResources.turtle("shapes.ttl"));
        static final Shapes SHAPES = Shapes.parse(GRAPH);
    }

    /** Read once, on first use. */
    private static final class Texts {
        static final String CONTEXT = VocabResources.text("context.jsonld");
    }
}
