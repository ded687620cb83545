package org.ogpld.endpoint.cli;

import org.ogpld.endpoint.OgpldProperties;
import java.io.IOException;
import java.nio.file.Path;
import org.ogpld.model.Iris;
import org.ogpld.model.io.Input;
import org.ogpld.model.io.InputReader;
import org.ogpld.model.io.InputSource;
import org.ogpld.model.publish.Publisher;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by the commands that read files: the base IRI, and how imports treat bad records. */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** What the commands that read files take, as their help says it. */
    static final String FILES = "Files: authoring .yaml/.yml/.json, OGP commitments .csv, Popolo .json, RDF (.ttl"
            + " .nt .nq .trig .rdf .jsonld), each also gzipped (.gz).";

    private String base = OgpldProperties.CANONICAL_BASE;
    private String language = "en";

    @Option(names = "--lenient", description = "Import the good records of a CSV or Popolo file and report the"
            + " rest (default: a file with any bad record imports nothing).")
    boolean lenient;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "az|en",
            description = "Language of Popolo names that nothing else places (default: ${DEFAULT-VALUE}).")
    void language(String value) {
        if (!value.equals("az") && !value.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be az or en, not '" + value + "'");
        }
        this.language = value;
    }

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of minted IRIs, {base}id/{kind}/{slug} (default: " + OgpldProperties.CANONICAL_BASE
                    + ").")
    void base(String value) {
        try {
            new Iris(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base: " + e.getMessage());
        }
        this.base = value;
    }

    private Publisher publisher;

    String language() {
        return language;
    }

    /** The IRIs minted under {@code --base}. */
    Iris iris() {
        return new Iris(base);
    }

    /** Reads {@code file} by the model's input pipeline, strictly unless {@code --lenient}. */
    Input read(Path file) throws IOException {
        return reader().read(InputSource.of(file));
    }

    /** The model's input pipeline with these options. */
    InputReader reader() {
        return new InputReader(this::publisher).lenient(lenient).language(language);
    }

    /**
     * The publisher for {@code --base}, made on first use: it reads the vocabulary's code lists and shapes, which
     * commands given only RDF to load need not pay for.
     */
    Publisher publisher() {
        if (publisher == null) {
            publisher = Publisher.builder().base(base).build();
        }
        return publisher;
    }
}
