package org.ogpld.endpoint.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.ogpld.model.publish.RdfFormat;
import org.ogpld.vocab.Vocab;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options of the commands that write RDF: {@code --frame} for JSON-LD, and {@code -o} for a file. */
final class OutputOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--frame", paramLabel = "KIND", description = "With --to jsonld: frame as one of event, "
            + "organisation, person, commitment, action-plan, study.")
    Optional<String> frame = Optional.empty();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Optional<Path> output = Optional.empty();

    /**
     * The format named by {@code --to}: ttl, nt, nq, trig, rdf, jsonld (or turtle, ntriples, nquads, rdfxml), checked
     * against {@code --frame}, which only frames JSON-LD, and only as the kinds the vocabulary has frames for. Read
     * in the command, not by picocli, so that parsing the command line never initialises Jena.
     */
    RdfFormat format(String to) {
        RdfFormat format = RdfFormat.of(to).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "--to: '" + to + "' is not a format; use ttl, nt, nq, trig, rdf or jsonld"));
        if (frame.isPresent() && format != RdfFormat.JSONLD) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--frame needs --to jsonld");
        }
        if (frame.isPresent() && !Vocab.FRAME_KINDS.contains(frame.get())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--frame must be one of "
                    + Vocab.FRAME_KINDS.stream().sorted().toList() + ", not '" + frame.get() + "'");
        }
        return format;
    }

    /** Runs {@code writing} into {@code -o FILE} (whole or not at all), or into standard output. */
    void write(Output.Writing writing) throws IOException {
        Output.write(output, writing);
    }
}
