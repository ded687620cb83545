package org.ogpld.model.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.ogpld.model.Code;
import org.ogpld.model.Problem;
import org.ogpld.model.Publication;
import org.ogpld.model.rdf.CodeLists;
import org.ogpld.model.rdf.PublicationMapping;

/** Validates a publication as RDF: it must map, its codes must exist, and it must conform to the shapes. */
final class Validator {

    /** A publication's graph with what validating it found. */
    record Checked(Optional<Model> model, Validation validation) {
    }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparing(Problem::message);

    private final PublicationMapping mapping;
    private final CodeLists codeLists;
    private final Shapes shapes;

    Validator(PublicationMapping mapping, CodeLists codeLists, Shapes shapes) {
        this.mapping = mapping;
        this.codeLists = codeLists;
        this.shapes = shapes;
    }

    Checked check(Publication publication, Locator locator) {
        return check(publication, model -> { }, locator);
    }

    /** Checks the publication's graph after {@code supplement} added its statements (an importer's extras). */
    Checked check(Publication publication, Consumer<Model> supplement, Locator locator) {
        Model model;
        try {
            model = mapping.toModel(publication);
            supplement.accept(model);
        } catch (IllegalArgumentException e) {
            return new Checked(Optional.empty(), new Validation(List.of(Problem.at("publication", e.getMessage())),
                    List.of()));
        }
        List<Problem> errors = new ArrayList<>(unknownCodes(model, locator));
        List<Problem> warnings = new ArrayList<>();
        ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
        for (ReportEntry entry : report.getEntries()) {
            Problem problem = locator.at(name(entry.focusNode()),
                    Optional.ofNullable(entry.resultPath()).map(p -> p.toString().replaceAll("^<|>$", "")),
                    entry.message());
            (entry.severity() == Severity.Violation ? errors : warnings).add(problem);
        }
        errors.sort(ORDER);
        warnings.sort(ORDER);
        return new Checked(Optional.of(model), new Validation(errors, warnings));
    }

    /** Every IRI in the code namespace must be a concept of the code lists. */
    private List<Problem> unknownCodes(Model model, Locator locator) {
        List<Problem> problems = new ArrayList<>();
        for (Statement s : model.listStatements().toList()) {
            if (s.getObject().isURIResource()) {
                Optional<Code> code = Code.fromIri(s.getObject().asResource().getURI());
                if (code.isPresent() && !codeLists.contains(code.get())) {
                    problems.add(locator.at(s.getSubject().getURI(), Optional.of(s.getPredicate().getURI()),
                            "unknown code <" + code.get().iri() + ">: '" + code.get().code() + "' is not in the "
                                    + code.get().scheme() + " code list"));
                }
            }
        }
        return problems;
    }

    private static String name(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }
}
