package org.ogpld.endpoint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogpld.model.io.Input;
import org.ogpld.model.publish.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ogpld validate FILE…}: checks authoring files, OGP spreadsheets, Popolo files and RDF files against the
 * vocabulary's code lists and SHACL shapes, and prints every problem with its place.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Check files against the OGP-LD code lists and SHACL shapes, printing every problem with "
                + "its file and line.",
            CommonOptions.FILES,
            "Exit code 0 if every file is valid, 1 if any is not, 2 for a wrong command line."},
        footer = {"", "Examples:", "  ogpld validate round-table.yaml",
            "  ogpld validate open_parliament_0703.csv ep-popolo-v1.0.json data.ttl"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        Report report = new Report(spec.commandLine().getOut());
        boolean allValid = true;
        for (Path file : files) {
            allValid &= validate(file, report);
        }
        spec.commandLine().getOut().flush();
        return allValid ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private boolean validate(Path file, Report report) {
        try {
            Input input = options.read(file);
            report.rejected(input.problems());
            Validation validation = input.validate(options.publisher());
            report.errors(file, validation.errors());
            report.warnings(file, validation.warnings());
            report.line(file + ": " + (validation.isValid() ? "valid" : "invalid") + " ("
                    + validation.errors().size() + " error(s), " + validation.warnings().size() + " warning(s))");
            return validation.isValid();
        } catch (Exception e) {
            report.invalidInput(file, e);
            return false;
        }
    }
}
