package org.ogpld.endpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ogpld validate} and {@code ogpld convert} on the model's authoring fixture (the seed press release,
 * copied from {@code model/src/test/resources/org/ogpld/model/authoring/round-table.yaml}) and on RDF.
 */
class ValidateAndConvertCommandTest {

    private static final IRI EVENT = SimpleValueFactory.getInstance().createIRI("https://schema.org/Event");

    @TempDir
    Path temp;
    private Path yaml;

    @BeforeEach
    void copyTheAuthoringFixture() throws IOException {
        yaml = temp.resolve("round-table.yaml");
        try (InputStream in = getClass().getResourceAsStream("/org/ogpld/endpoint/cli/round-table.yaml")) {
            Files.copy(in, yaml);
        }
    }

    @Test
    void aValidAuthoringFileValidates() {
        Cli result = Cli.run("validate", yaml.toString());

        assertThat(result.code()).as(result.out()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("round-table.yaml: valid (0 error(s)");
    }

    @Test
    void anInvalidAuthoringFileIsReportedWithItsLine() throws IOException {
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(yaml, text.replace("speaker: cafarov", "speaker: cafarof"), StandardCharsets.UTF_8);

        Cli result = Cli.run("validate", yaml.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.out()).containsPattern("round-table\\.yaml:\\d+:\\d+: .*cafarof");
    }

    @Test
    void rdfIsCheckedAgainstTheShapes() throws IOException {
        Path ttl = temp.resolve("event.ttl");
        Files.writeString(ttl, """
                @prefix cv: <http://data.europa.eu/m8g/> .
                @prefix schema: <https://schema.org/> .
                <https://w3id.org/ogp-ld/id/event/x> a cv:PublicEvent , schema:Event ;
                    schema:name "Nameless in Greek"@el .
                """, StandardCharsets.UTF_8);

        Cli result = Cli.run("validate", ttl.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.out()).contains("error: ").contains("event/x").contains("invalid");
    }

    @Test
    void anIllegalIriIsInvalidInputNamingTheFileTheLineAndTheIri() throws IOException {
        Path nt = Files.writeString(temp.resolve("bad-iri.nt"),
                "<urn:ex:a> <urn:ex:p> \"1\" .\n<http://a{b}/> <urn:ex:p> \"2\" .\n", StandardCharsets.UTF_8);

        Cli result = Cli.run("validate", nt.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.out() + result.err()).contains("error: " + nt + ":2:1: Bad IRI <http://a{b}/>");
    }

    @Test
    void unknownFilesAndMissingFilesAreInvalidInputAndNoFileIsAUsageError() throws IOException {
        Path doc = Files.writeString(temp.resolve("notes.docx"), "x");

        assertThat(Cli.run("validate", doc.toString()).code()).isEqualTo(ExitCodes.INVALID_INPUT);
        Cli missing = Cli.run("validate", temp.resolve("absent.yaml").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(missing.out()).contains("absent.yaml: no such file");
        assertThat(Cli.run("validate").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void convertsAuthoringToTurtleAndJsonLdThatDescribeTheSameGraph() throws IOException {
        Cli ttl = Cli.run("convert", yaml.toString(), "--to", "ttl");
        Cli jsonld = Cli.run("convert", yaml.toString(), "--to", "jsonld");

        assertThat(ttl.code()).as(ttl.err()).isEqualTo(ExitCodes.OK);
        assertThat(jsonld.code()).as(jsonld.err()).isEqualTo(ExitCodes.OK);
        Model turtle = ttl.rdf(RDFFormat.TURTLE);
        Model fromJsonLd = jsonld.jsonLd();
        assertThat(turtle.filter(null, RDF.TYPE, EVENT)).isNotEmpty();
        // Each run stamps the time it generated the graph, which may differ by a second between the two runs.
        var generatedAt = org.eclipse.rdf4j.model.util.Values.iri("http://www.w3.org/ns/prov#generatedAtTime");
        assertThat(turtle.filter(null, generatedAt, null)).hasSize(1);
        turtle.remove(null, generatedAt, null);
        fromJsonLd.remove(null, generatedAt, null);
        assertThat(Models.isomorphic(turtle, fromJsonLd)).isTrue();
    }

    @Test
    void convertingTurtleToNQuadsPutsItInTheFilesGraph() throws IOException {
        Path ttl = temp.resolve("round-table.ttl");
        Files.write(ttl, Cli.run("convert", yaml.toString(), "--to", "ttl").stdout());

        Cli nq = Cli.run("convert", ttl.toString(), "--to", "nq", "--base", "https://data.example.org/");

        assertThat(nq.code()).as(nq.err()).isEqualTo(ExitCodes.OK);
        Model quads = nq.rdf(RDFFormat.NQUADS);
        assertThat(quads.contexts()).containsExactly(
                SimpleValueFactory.getInstance().createIRI("https://data.example.org/graph/round-table"));
        Model triples = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
        quads.forEach(st -> triples.add(st.getSubject(), st.getPredicate(), st.getObject()));
        assertThat(Models.isomorphic(triples, Cli.run("convert", ttl.toString(), "--to", "ttl").rdf(RDFFormat.TURTLE)))
                .isTrue();
    }

    @Test
    void framedJsonLdNeedsJsonLdAndAKnownKind() {
        Cli framed = Cli.run("convert", yaml.toString(), "--to", "jsonld", "--frame", "event");
        assertThat(framed.code()).as(framed.err()).isEqualTo(ExitCodes.OK);
        assertThat(framed.text()).contains("\"@context\"").contains("Açıq Hökumət Dialog Platformasının dəyirmi masası");

        assertThat(Cli.run("convert", yaml.toString(), "--to", "ttl", "--frame", "event").code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("convert", yaml.toString(), "--to", "jsonld", "--frame", "widget").code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("convert", yaml.toString()).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anInvalidInputMakesConvertWriteNothing() throws IOException {
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(yaml, text.replace("speaker: cafarov", "speaker: cafarof"), StandardCharsets.UTF_8);
        Path out = temp.resolve("out.ttl");

        Cli result = Cli.run("convert", yaml.toString(), "--to", "ttl", "-o", out.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.stdout()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(result.err()).contains("cafarof");
    }
}
