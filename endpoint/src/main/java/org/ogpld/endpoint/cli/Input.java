package org.ogpld.endpoint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.ogpld.endpoint.store.SafeParsing;
import org.ogpld.model.InvalidPublicationException;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.model.authoring.Authored;
import org.ogpld.model.imports.ImportProblem;
import org.ogpld.model.imports.Imported;
import org.ogpld.model.imports.ogp.OgpCommitmentsImporter;
import org.ogpld.model.imports.popolo.PopoloImporter;
import org.ogpld.model.publish.Publisher;
import org.ogpld.model.publish.RdfFormat;
import org.ogpld.model.publish.Validation;
import org.ogpld.model.rdf.PublicationMapping;

/**
 * An input file read: either a publication (authored, or imported with its supplement), which the publisher
 * validates and writes, or RDF as it is, in a dataset whose default-graph triples went to the file's own graph
 * {@code {base}graph/{slug}} (as the endpoint loads files).
 */
sealed interface Input {

    /**
     * A publication, with the statements its importer adds, what a lenient import left out and the warnings of what
     * was kept, repaired or ignored (both in {@code rejected}; {@link ImportProblem#warning()} tells them apart),
     * and where in the imported file each resource came from.
     */
    record Records(Publication publication, Optional<Authored> authored, BiConsumer<Iris, Model> supplement,
                   List<ImportProblem> rejected, java.util.Map<org.ogpld.model.Id, String> origins) implements Input {

        /** Validates; problems point into the authored file, or name the imported record's place in its file. */
        Validation validate(Publisher publisher) {
            return authored.map(publisher::validate).orElseGet(() -> publisher.validate(
                    new Imported(publication, supplement::accept, List.of(), List.of(), origins)));
        }

        /**
         * Validates and maps to RDF, with the importer's statements.
         *
         * @throws InvalidPublicationException if invalid
         */
        Model validatedModel(Publisher publisher) {
            Validation validation = validate(publisher);
            if (!validation.isValid()) {
                throw new InvalidPublicationException(validation.errors());
            }
            Model model = new PublicationMapping(publisher.iris()).toModel(publication);
            supplement.accept(publisher.iris(), model);
            return model;
        }

        /**
         * Validates and writes.
         *
         * @throws org.ogpld.model.InvalidPublicationException before writing anything, if invalid
         */
        void write(Publisher publisher, RdfFormat format, Optional<String> frame, java.io.OutputStream out) {
            if (authored.isPresent() && frame.isEmpty()) {
                publisher.write(authored.get(), format, out);
            } else {
                Validation validation = validate(publisher);
                if (!validation.isValid()) {
                    throw new InvalidPublicationException(validation.errors());
                }
                publisher.write(publication, supplement, format, frame, out);
            }
        }
    }

    /** RDF read from a file. */
    record Rdf(DatasetGraph dataset) implements Input {
    }

    /** Reads {@code file}; imports are strict unless {@code --lenient}; Popolo names default to {@code --lang}. */
    static Input read(InputFile file, CommonOptions options) throws IOException {
        return switch (file.kind()) {
            case AUTHORING -> {
                Authored authored = options.publisher().read(file.path());
                yield new Records(authored.publication(), Optional.of(authored), (iris, model) -> { }, List.of(),
                        java.util.Map.of());
            }
            case OGP_CSV, POPOLO -> imported(file.kind(), file.path(), options);
            case RDF -> new Rdf(rdf(file, options.iris()));
        };
    }

    /** Imports an OGP commitments spreadsheet or a Popolo file. */
    static Records imported(InputFile.Kind kind, Path path, CommonOptions options) throws IOException {
        Imported imported = kind == InputFile.Kind.OGP_CSV
                ? (options.lenient ? OgpCommitmentsImporter.lenient() : OgpCommitmentsImporter.strict()).read(path)
                : PopoloImporter.builder().lenient(options.lenient).language(options.language()).build().read(path);
        return new Records(imported.publication(), Optional.empty(), imported.supplement()::write,
                java.util.stream.Stream.concat(imported.rejected().stream(), imported.warnings().stream()).toList(),
                imported.origins());
    }

    /** Parses an RDF file; triples (and TriG's default graph) go to the file's graph. */
    private static DatasetGraph rdf(InputFile file, Iris iris) throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        try (InputStream in = Files.newInputStream(file.path())) {
            SafeParsing.parse(file.rdfLang(), file.path().toUri().toString(), in,
                    intoGraph(StreamRDFLib.dataset(dataset), NodeFactory.createURI(iris.graph(file.slug()))));
        }
        return dataset;
    }

    /** A stream that sends default-graph statements to {@code graph}. */
    static StreamRDF intoGraph(StreamRDF destination, Node graph) {
        return new StreamRDFWrapper(destination) {
            @Override
            public void triple(Triple triple) {
                super.quad(Quad.create(graph, triple));
            }

            @Override
            public void quad(Quad quad) {
                super.quad(quad.isDefaultGraph() ? Quad.create(graph, quad.asTriple()) : quad);
            }
        };
    }
}
