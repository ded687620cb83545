package org.ogpld.model.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.ogpld.model.InvalidPublicationException;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.model.authoring.Authored;
import org.ogpld.model.imports.Imported;
import org.ogpld.model.authoring.AuthoringReader;
import org.ogpld.model.authoring.Syntax;
import org.ogpld.model.rdf.CodeLists;
import org.ogpld.model.rdf.MappingException;
import org.ogpld.model.rdf.PublicationMapping;
import org.ogpld.vocab.Vocab;

/**
 * The entry point for publishing OGP data: read a publication from its authoring file (or build it in code),
 * validate it against the vocabulary's code lists and SHACL shapes, and write it in any RDF format. Invalid input
 * produces no output at all: writing validates first and throws an {@link InvalidPublicationException} carrying
 * every problem, each with its authoring path and, for files, line.
 *
 * <pre>{@code
 * Publisher publisher = Publisher.builder().base("https://data.example.org/").build();
 * Authored authored = publisher.read(Path.of("round-table.yaml"));
 * Validation validation = publisher.validate(authored);
 * validation.errors().forEach(System.err::println);   // round-table.yaml:142:7: events.round-table: ...
 * try (OutputStream out = Files.newOutputStream(Path.of("round-table.ttl"))) {
 *     publisher.write(authored, RdfFormat.TURTLE, out);
 * }
 * Publication back = publisher.readRdf(Files.newInputStream(Path.of("round-table.ttl")), RdfFormat.TURTLE,
 *         publisher.graphName(authored.publication()));
 * }</pre>
 *
 * <p>A publisher is immutable and thread-safe.
 */
public final class Publisher {

    private static final BiConsumer<Iris, Model> NO_SUPPLEMENT = (iris, model) -> { };

    private final Iris iris;
    private final PublicationMapping mapping;
    private final AuthoringReader reader;
    private final Validator validator;
    private final Generation generation;

    private Publisher(Builder builder) {
        this.iris = new Iris(builder.base);
        this.mapping = new PublicationMapping(iris);
        this.reader = new AuthoringReader(builder.codeLists);
        this.validator = new Validator(mapping, builder.codeLists, builder.shapes);
        this.generation = new Generation(builder.clock);
    }

    /** A builder with the default base {@value Iris#DEFAULT_BASE} and the vocabulary's code lists and shapes. */
    public static Builder builder() {
        return new Builder();
    }

    /** The IRIs this publisher mints. */
    public Iris iris() {
        return iris;
    }

    /** The name of the graph a publication is written to. */
    public String graphName(Publication publication) {
        return mapping.graphName(publication);
    }

    /**
     * Reads an authoring file ({@code .yaml}, {@code .yml}, {@code .json}) and checks its structure.
     *
     * @throws InvalidPublicationException with every structural problem
     */
    public Authored read(Path file) throws IOException {
        return reader.read(file);
    }

    /**
     * Reads authoring text, such as a resource inside a jar, and checks its structure; {@code fileName} names it in
     * problems and its extension gives the syntax.
     *
     * @throws InvalidPublicationException with every structural problem
     */
    public Authored read(String content, String fileName) {
        return reader.read(content, fileName, Syntax.ofFileName(fileName));
    }

    /**
     * Reads authoring text in {@code syntax}; {@code location} names it in problems (a compressed file's name does
     * not give its syntax).
     *
     * @throws InvalidPublicationException with every structural problem
     */
    public Authored read(String content, String location, Syntax syntax) {
        return reader.read(content, location, syntax);
    }

    /** Validates an authored publication; problems point into its file. */
    public Validation validate(Authored authored) {
        return check(authored.publication(), Optional.of(authored)).validation();
    }

    /** Validates a publication built in code; problems name resources by id. */
    public Validation validate(Publication publication) {
        return check(publication, Optional.empty()).validation();
    }

    /** Reads and validates an authoring file: structural problems and shape violations in one list. */
    public Validation validate(Path file) throws IOException {
        try {
            return validate(read(file));
        } catch (InvalidPublicationException e) {
            return new Validation(e.problems(), List.of());
        }
    }

    /**
     * Validates a publication together with statements an importer adds to its graph for facts the records have no
     * field for ({@link org.ogpld.model.imports.Imported#supplement()}).
     */
    public Validation validate(Publication publication, BiConsumer<Iris, Model> supplement) {
        return check(publication, Optional.empty(), supplement).validation();
    }

    /**
     * Validates an import with its supplement; problems name the place in the source each resource came from
     * ({@code kenya.json: memberships[135]}) rather than its IRI, where the importer recorded it.
     */
    public Validation validate(Imported imported) {
        return check(imported).validation();
    }

    private Validator.Checked check(Imported imported) {
        return validator.check(imported.publication(), model -> imported.supplement().write(iris, model),
                new Locator(iris, Optional.empty(), Vocab.prefixes(), imported.origins()));
    }

    /**
     * Writes the publication with an importer's supplement in its graph, after validating both.
     *
     * @param frame a kind of {@link Vocab#FRAME_KINDS} to frame JSON-LD with, or empty
     * @throws InvalidPublicationException before writing anything, if the result is invalid
     */
    public void write(Publication publication, BiConsumer<Iris, Model> supplement, RdfFormat format,
                      Optional<String> frame, OutputStream out) {
        frame.ifPresent(Vocab::frame);
        Model model = valid(publication, Optional.empty(), supplement);
        model.setNsPrefixes(Vocab.prefixes());
        Writers.write(model, graphName(publication), format, frame, out);
    }

    /**
     * Writes statements that are already RDF (read from a file, say) with the same writers as publications: Turtle
     * and TriG with the vocabulary's prefixes, JSON-LD compacted with the OGP-LD context or framed. Nothing is
     * validated; the graph name is used by the quad formats.
     */
    public void writeRdf(Model model, String graphName, RdfFormat format, Optional<String> frame, OutputStream out) {
        frame.ifPresent(Vocab::frame);
        Model copy = ModelFactory.createDefaultModel().add(model);
        copy.setNsPrefixes(Vocab.prefixes());
        Writers.write(copy, graphName, format, frame, out);
    }

    /** The publication as a dataset with its named graph, after validating it. */
    public DatasetGraph toDataset(Publication publication) {
        return dataset(publication, valid(publication, Optional.empty()));
    }

    private DatasetGraph dataset(Publication publication, Model model) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.addGraph(NodeFactory.createURI(graphName(publication)), model.getGraph());
        return dataset;
    }

    /**
     * An import with its supplement as a dataset with its named graph, after validating both (code lists and
     * shapes, as every publication); problems name the place in the source each resource came from.
     *
     * @throws InvalidPublicationException with every problem, if the import is invalid
     */
    public DatasetGraph toDataset(Imported imported) {
        return dataset(imported.publication(), stamped(imported.publication(), check(imported)));
    }

    /**
     * As {@link #toDataset(Publication)}, with problems pointing into the authoring file.
     *
     * @throws InvalidPublicationException with every problem, if the publication is invalid
     */
    public DatasetGraph toDataset(Authored authored) {
        return dataset(authored.publication(), valid(authored.publication(), Optional.of(authored)));
    }

    /**
     * Writes the publication in {@code format} after validating it; JSON-LD is compacted with the OGP-LD context.
     *
     * @throws InvalidPublicationException before writing anything, if the publication is invalid
     */
    public void write(Publication publication, RdfFormat format, OutputStream out) {
        write(publication, Optional.empty(), format, Optional.empty(), out);
    }

    /** As {@link #write(Publication, RdfFormat, OutputStream)}, with problems pointing into the authoring file. */
    public void write(Authored authored, RdfFormat format, OutputStream out) {
        write(authored.publication(), Optional.of(authored), format, Optional.empty(), out);
    }

    /**
     * Reads an authoring file, validates it and writes it: the whole path from a typed-up press release to RDF.
     *
     * @throws InvalidPublicationException before writing anything, with every structural and shape problem
     */
    public void write(Path file, RdfFormat format, OutputStream out) throws IOException {
        Authored authored = read(file);
        write(authored, format, out);
    }

    /**
     * Writes the resources of one kind as JSON-LD framed with the vocabulary's frame for that kind.
     *
     * @param kind one of {@link Vocab#FRAME_KINDS} ({@code event}, {@code organisation}, {@code person},
     *             {@code commitment}, {@code action-plan}, {@code study})
     * @throws InvalidPublicationException before writing anything, if the publication is invalid
     */
    public void writeFramed(Publication publication, String kind, OutputStream out) {
        if (!Vocab.FRAME_KINDS.contains(Objects.requireNonNull(kind, "kind"))) {
            throw new IllegalArgumentException("no JSON-LD frame for kind '" + kind + "'; known kinds: "
                    + Vocab.FRAME_KINDS.stream().sorted().toList());
        }
        write(publication, Optional.empty(), RdfFormat.JSONLD, Optional.of(kind), out);
    }

    private void write(Publication publication, Optional<Authored> authored, RdfFormat format,
                       Optional<String> frame, OutputStream out) {
        Model model = valid(publication, authored);
        model.setNsPrefixes(Vocab.prefixes());
        Writers.write(model, graphName(publication), format, frame, out);
    }

    /**
     * Reads a publication back from RDF. JSON-LD contexts are resolved only from the vocabulary, never remotely.
     *
     * @param graphName the publication's graph; triple formats carry no graph name, so it must be given
     * @throws MappingException naming the resource and property that cannot be read
     */
    public Publication readRdf(InputStream in, RdfFormat format, String graphName) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(Vocab.documentLoader());
        RDFParser.source(in).lang(format.lang())
                .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options))
                .build().parse(dataset);
        if (!format.quads()) {
            dataset.getDefaultGraph().find().forEachRemaining(t -> dataset.add(
                    Quad.create(NodeFactory.createURI(graphName), t)));
        }
        return mapping.read(dataset, graphName);
    }

    /** Reads the publication in the named graph {@code graphName} of {@code dataset}. */
    public Publication readRdf(DatasetGraph dataset, String graphName) {
        return mapping.read(dataset, graphName);
    }

    private Model valid(Publication publication, Optional<Authored> authored) {
        return valid(publication, authored, NO_SUPPLEMENT);
    }

    private Model valid(Publication publication, Optional<Authored> authored, BiConsumer<Iris, Model> supplement) {
        return stamped(publication, check(publication, authored, supplement));
    }

    /** The checked model, stamped with its generation, or the problems if it is invalid. */
    private Model stamped(Publication publication, Validator.Checked checked) {
        if (!checked.validation().isValid()) {
            throw new InvalidPublicationException(checked.validation().errors());
        }
        Model model = checked.model().orElseThrow();
        generation.stamp(model, graphName(publication));
        return model;
    }

    private Validator.Checked check(Publication publication, Optional<Authored> authored) {
        return check(publication, authored, NO_SUPPLEMENT);
    }

    private Validator.Checked check(Publication publication, Optional<Authored> authored,
                                    BiConsumer<Iris, Model> supplement) {
        return validator.check(publication, model -> supplement.accept(iris, model),
                new Locator(iris, authored, Vocab.prefixes()));
    }

    /** Builds a {@link Publisher}. */
    public static final class Builder {
        private String base = Iris.DEFAULT_BASE;
        private CodeLists codeLists = CodeLists.vocabulary();
        private Shapes shapes = Vocab.shapes();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The clock that stamps each generated graph's {@code prov:generatedAtTime}; the system's by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The base IRI of minted IRIs, ending in {@code /}. */
        public Builder base(String base) {
            this.base = new Iris(Objects.requireNonNull(base, "base")).base();
            return this;
        }

        /** Code lists to check codes against, instead of the vocabulary's. */
        public Builder codeLists(CodeLists codeLists) {
            this.codeLists = Objects.requireNonNull(codeLists, "codeLists");
            return this;
        }

        /** SHACL shapes to validate with, instead of the vocabulary's. */
        public Builder shapes(Shapes shapes) {
            this.shapes = Objects.requireNonNull(shapes, "shapes");
            return this;
        }

        public Publisher build() {
            return new Publisher(this);
        }
    }
}
