package org.ogpld.model.imports;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.ogpld.model.Id;
import org.ogpld.model.Iris;
import org.ogpld.model.Publication;
import org.ogpld.model.rdf.PublicationMapping;

/**
 * What one import produced: the publication (one named graph), the supplement of facts the records have no field
 * for, and, in lenient mode, the problems of the records left out.
 *
 * <pre>{@code
 * Imported imported = OgpCommitmentsImporter.strict().read(file);
 * DatasetGraph dataset = imported.toDataset(new Iris("https://data.example.org/"));
 * }</pre>
 *
 * @param publication the records
 * @param supplement  statements to add beside the mapped records
 * @param rejected    problems of the records or fields that were not imported (empty unless lenient)
 * @param warnings    what was kept, repaired or ignored (in either mode): nothing wrong was published for it
 * @param origins     where in the source each resource came from ({@code kenya.json: memberships[135]}), for
 *                    problems found later to name that place instead of an IRI; may be partial
 */
public record Imported(Publication publication, Supplement supplement, List<ImportProblem> rejected,
                       List<ImportProblem> warnings, Map<Id, String> origins) {

    public Imported {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(supplement, "supplement");
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
        origins = Map.copyOf(origins);
    }

    /** An import that records no origins. */
    public Imported(Publication publication, Supplement supplement, List<ImportProblem> rejected,
                    List<ImportProblem> warnings) {
        this(publication, supplement, rejected, warnings, Map.of());
    }

    /** An import without warnings. */
    public Imported(Publication publication, Supplement supplement, List<ImportProblem> rejected) {
        this(publication, supplement, rejected, List.of(), Map.of());
    }

    /** The IRI of the publication's named graph, {@code {base}graph/{slug}}. */
    public String graphName(Iris iris) {
        return iris.graph(publication.slug());
    }

    /** The statements of the publication's graph: the mapped records, then the supplement. */
    public Model toModel(Iris iris) {
        Model model = new PublicationMapping(iris).toModel(publication);
        supplement.write(iris, model);
        return model;
    }

    /** A new in-memory dataset holding {@link #toModel(Iris)} as the named graph {@link #graphName(Iris)}. */
    public DatasetGraph toDataset(Iris iris) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.addGraph(NodeFactory.createURI(graphName(iris)), toModel(iris).getGraph());
        return dataset;
    }
}
