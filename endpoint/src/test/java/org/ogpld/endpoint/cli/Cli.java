package org.ogpld.endpoint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import picocli.CommandLine;

/**
 * Runs {@code ogpld} in this JVM as the jar would, capturing the RDF it writes to standard output and the
 * messages it prints, and parses RDF with RDF4J (the oracle).
 *
 * @param code   the exit code
 * @param stdout the bytes written to standard output
 * @param out    what picocli printed to its out writer (reports, help)
 * @param err    what it printed to its err writer (problems)
 */
record Cli(int code, byte[] stdout, String out, String err) {

    static final Path SHARED = Path.of(System.getProperty("ogpld.shared"), "data");
    static final Path CSV = SHARED.resolve("ogp-commitments").resolve("open_parliament_0703.csv");
    static final Path POPOLO = SHARED.resolve("everypolitician-azerbaijan").resolve("ep-popolo-v1.0.json");

    /** Runs the command line; standard output is swapped for the run, so runs must not overlap. */
    static synchronized Cli run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine commandLine = Ogpld.commandLine();
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(err));
            int code = commandLine.execute(args);
            System.out.flush();
            return new Cli(code, bytes.toByteArray(), out.toString(), err.toString());
        } finally {
            System.setOut(original);
        }
    }

    String text() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Standard output parsed by RDF4J. */
    Model rdf(RDFFormat format) throws IOException {
        return Rio.parse(new ByteArrayInputStream(stdout), "", format);
    }

    /** JSON-LD output parsed by RDF4J, with the OGP-LD context it references put inline (no network). */
    Model jsonLd() throws IOException {
        String inline = text().replace("\"" + org.ogpld.vocab.Vocab.CONTEXT_IRI + "\"",
                contextBody());
        return Rio.parse(new StringReader(inline), "", RDFFormat.JSONLD);
    }

    private static String contextBody() throws IOException {
        var context = new com.fasterxml.jackson.databind.ObjectMapper().readTree(org.ogpld.vocab.Vocab.context());
        return context.get("@context").toString();
    }
}
