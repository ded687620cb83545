package org.ogpld.endpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.OgpldApplication;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code ogpld serve --load} takes every kind of file the command line takes; when the server cannot start: exit
 * code 1 and one line saying why, no stack trace.
 */
class ServeCommandIT {

    @Test
    void serveLoadsPopoloAndGzippedQuadsIntoTheGraphsTheirSourcesName(@TempDir Path temp) throws Exception {
        Path quads = temp.resolve("Extra Data.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(quads))) {
            out.write("<urn:a> <urn:b> \"1\" .\n<urn:a> <urn:b> \"2\" <urn:g> .\n".getBytes(StandardCharsets.UTF_8));
        }
        CommandLine commandLine = new CommandLine(new ServeCommand());
        commandLine.parseArgs("--in-memory", "--port", "0", "--load", Cli.POPOLO + "," + quads);
        ServeCommand serve = commandLine.getCommand();

        try (ConfigurableApplicationContext context = OgpldApplication.start(serve.arguments().toArray(
                String[]::new))) {
            Dataset dataset = context.getBean(Dataset.class);
            List<String> graphs = Txn.calculateRead(dataset, () -> Iter.toList(dataset.asDatasetGraph()
                    .listGraphNodes()).stream().map(Node::getURI).toList());
            // Mapped data (the Popolo file) comes with the vocabulary graph that labels its codes.
            assertThat(graphs).hasSize(4).contains("urn:g", OgpldProperties.CANONICAL_BASE + "graph/extra-data",
                    OgpldProperties.CANONICAL_BASE + "graph/vocabulary")
                    .anyMatch(g -> g.matches(".*/graph/popolo-national-assembly-[0-9a-f]{8}-[0-9a-f]{8}"));
        }
    }

    @Test
    void aServerThatCannotStartExitsWithOneAndSaysWhy() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ogpld.commandLine();
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute("serve", "--in-memory", "--port", "0", "--load", "/no/such/file.ttl");
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("ogpld serve: ").contains("/no/such/file.ttl").doesNotContain("\tat ");
    }
}
