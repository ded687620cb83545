package org.ogpld.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.ogpld.model.Iris;
import org.ogpld.model.Problem;
import org.ogpld.model.authoring.Authored;
import org.ogpld.model.imports.ImportProblem;
import org.ogpld.model.imports.Imported;
import org.ogpld.model.publish.Publisher;
import org.ogpld.model.publish.Validation;
import org.ogpld.vocab.Vocab;

/**
 * A source read by {@link InputReader}: a publication (authored, or imported from a sheet or Popolo) or RDF. Every
 * input becomes statements in named graphs by one rule and one validation policy, whoever loads or writes it:
 * <ul>
 *   <li>a publication goes to the graph named by its source (an authored file's publication, a sheet's
 *   {@code {name}-{hash}}, a Popolo legislature's {@code popolo-{legislature}-{hash}}), validated by the
 *   {@link Publisher} (structure, code lists, SHACL shapes) before anything is loaded or written;</li>
 *   <li>RDF is parsed strictly ({@link SafeParsing}) and kept as it is: quads keep their graphs, triples go to
 *   {@code {base}graph/{slug of the file name}};</li>
 *   <li>given a graph of its own ({@code --graph}, {@code <IRI>path}), a source goes there instead, and a
 *   publication's description of its graph moves with it.</li>
 * </ul>
 */
public sealed interface Input permits Input.Records, Input.Rdf {

    /** Where it was read from. */
    InputSource source();

    /** The graph named by the source itself, under the base of {@code iris}. */
    String graphName(Iris iris);

    /**
     * The statements in their graphs, after the publisher's validation; into {@code graph} if one is given.
     *
     * @throws org.ogpld.model.InvalidPublicationException before anything is produced, if a publication is invalid
     * @throws org.apache.jena.riot.RiotException with the line and column of bad RDF
     */
    DatasetGraph toDataset(Publisher publisher, Optional<String> graph) throws IOException;

    /** Validates without throwing: a publication as {@link #toDataset} would, RDF against the shapes graph by graph. */
    Validation validate(Publisher publisher) throws IOException;

    /** What an import left out, and what it kept, repaired or ignored ({@link ImportProblem#warning()}). */
    default List<ImportProblem> problems() {
        return List.of();
    }

    /** The graph to load into: {@code graph} if given, else the one named by the source. */
    default Node graph(Iris iris, Optional<String> graph) {
        return NodeFactory.createURI(graph.orElseGet(() -> graphName(iris)));
    }

    /**
     * A publication: records that the publisher validates and maps into the graph named by their source. Authored
     * records are validated with problems pointing into their file, imported ones with problems naming the record
     * of the source each resource came from.
     *
     * @param source      where it was read from
     * @param publication the records
     * @param problems    what an import left out or kept with a warning
     * @param validated   the publication in its graph, validated by the publisher given
     * @param validation  the publisher's validation, without throwing
     */
    record Records(InputSource source, org.ogpld.model.Publication publication, List<ImportProblem> problems,
                   Function<Publisher, DatasetGraph> validated, Function<Publisher, Validation> validation)
            implements Input {

        /** An authoring file's publication. */
        public static Records authored(InputSource source, Authored authored) {
            return new Records(source, authored.publication(), List.of(), p -> p.toDataset(authored),
                    p -> p.validate(authored));
        }

        /** A publication imported from an OGP commitments sheet or a Popolo file. */
        public static Records imported(InputSource source, Imported imported) {
            return new Records(source, imported.publication(), Stream.concat(imported.rejected().stream(),
                    imported.warnings().stream()).toList(), p -> p.toDataset(imported), p -> p.validate(imported));
        }

        @Override
        public String graphName(Iris iris) {
            return iris.graph(publication.slug());
        }

        @Override
        public DatasetGraph toDataset(Publisher publisher, Optional<String> graph) {
            DatasetGraph dataset = validated.apply(publisher);
            return graph.map(g -> IntoGraph.moved(dataset, NodeFactory.createURI(g))).orElse(dataset);
        }

        @Override
        public Validation validate(Publisher publisher) {
            return validation.apply(publisher);
        }
    }

    /** RDF in {@code lang}, parsed when it is used, so that a large file can stream. */
    record Rdf(InputSource source, Lang lang) implements Input {

        @Override
        public String graphName(Iris iris) {
            return iris.graph(source.slug());
        }

        /** Parses the source into {@code destination}, triples into {@code graph}. */
        public void parse(StreamRDF destination, Node graph) throws IOException {
            try (InputStream in = source.open()) {
                SafeParsing.parse(lang, source.base(), in, IntoGraph.stream(destination, graph));
            }
        }

        @Override
        public DatasetGraph toDataset(Publisher publisher, Optional<String> graph) throws IOException {
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            parse(StreamRDFLib.dataset(dataset), graph(publisher.iris(), graph));
            return dataset;
        }

        @Override
        public Validation validate(Publisher publisher) throws IOException {
            DatasetGraph dataset = toDataset(publisher, Optional.empty());
            List<Problem> errors = new ArrayList<>();
            List<Problem> warnings = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(name -> {
                ValidationReport shacl = ShaclValidator.get().validate(Vocab.shapes(), dataset.getGraph(name));
                for (ReportEntry entry : shacl.getEntries()) {
                    Problem problem = Problem.at("<" + entry.focusNode() + ">" + (entry.resultPath() == null ? ""
                            : " " + entry.resultPath()), entry.message());
                    (entry.severity() == Severity.Violation ? errors : warnings).add(problem);
                }
            });
            return new Validation(errors, warnings);
        }
    }
}
