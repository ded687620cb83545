package org.ogpld.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * jsonld.js, the reference JSON-LD processor, as one Node.js process that expands document after document to
 * N-Quads in safe mode ({@code model/jsonld-js/to-nquads.js}, installed by the build with {@code npm ci}). Its
 * document loader serves only the contexts it is given.
 */
public final class JsonLdJs implements AutoCloseable {

    /** What jsonld.js made of one document: N-Quads, or the error it raised. */
    public record Result(String nquads, String error) {}

    /** A whole dump comes back as one N-Quads string, past Jackson's default 20 MB limit. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build());

    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;

    private JsonLdJs(Process process) {
        this.process = process;
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Starts the process from the folder the build installed jsonld.js in ({@code -Dogpld.jsonld-js}), its loader
     * serving the contexts {@code expansions} serve.
     */
    public static JsonLdJs start(Expansions expansions) throws IOException {
        Path folder = Path.of(System.getProperty("ogpld.jsonld-js", "jsonld-js"));
        if (!Files.isDirectory(folder.resolve("node_modules").resolve("jsonld"))) {
            throw new IllegalStateException("jsonld.js is not installed in " + folder.toAbsolutePath()
                    + "/node_modules: the model build runs npm ci there (generate-test-resources)");
        }
        Process process = new ProcessBuilder("node", "to-nquads.js").directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        JsonLdJs jsonldJs = new JsonLdJs(process);
        ObjectNode contexts = JSON.createObjectNode();
        ObjectNode served = contexts.putObject("contexts");
        for (var context : expansions.contexts().entrySet()) {
            served.set(context.getKey(), JSON.readTree(context.getValue()));
        }
        jsonldJs.line(JSON.writeValueAsString(contexts));
        return jsonldJs;
    }

    /** Expands one JSON-LD document; a base direction in it is an error, as no RDF direction mode is set. */
    public Result toNQuads(byte[] document) throws IOException {
        return toNQuads(document, null);
    }

    /** Expands one JSON-LD document, with base directions as {@code rdfDirection} says, if not null. */
    public Result toNQuads(byte[] document, String rdfDirection) throws IOException {
        ObjectNode input = JSON.createObjectNode();
        input.set("document", JSON.readTree(document));
        if (rdfDirection != null) {
            input.put("rdfDirection", rdfDirection);
        }
        line(JSON.writeValueAsString(input));
        String answer = out.readLine();
        if (answer == null) {
            throw new IllegalStateException("the jsonld.js process ended early; its errors are on the test's stderr");
        }
        JsonNode result = JSON.readTree(answer);
        return result.has("error") ? new Result(null, result.get("error").asText())
                : new Result(result.get("nquads").asText(), null);
    }

    private void line(String json) throws IOException {
        in.write(json);
        in.write('\n');
        in.flush();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        in.close();
        process.waitFor();
        out.close();
    }
}
