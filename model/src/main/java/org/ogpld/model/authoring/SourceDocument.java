package org.ogpld.model.authoring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogpld.model.InvalidPublicationException;
import org.ogpld.model.Problem;

/**
 * An authoring file parsed into a tree, with the line and column of every field and value, indexed by JSON
 * pointer, so that problems found later can say where they are.
 */
final class SourceDocument {

    private final String file;
    private final JsonNode root;
    private final Map<String, JsonLocation> locations;

    private SourceDocument(String file, JsonNode root, Map<String, JsonLocation> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    static SourceDocument parse(String content, String file, Syntax syntax) {
        ObjectMapper mapper = (syntax == Syntax.YAML ? YAMLMapper.builder() : JsonMapper.builder())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
        try {
            Map<String, JsonLocation> locations = index(mapper.getFactory(), content);
            JsonNode root = mapper.readTree(content);
            return new SourceDocument(file, root == null ? mapper.nullNode() : root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().replaceAll("\\s+", " ");
            Problem problem = Problem.at("", "not valid " + syntax.label() + ": " + message);
            throw new InvalidPublicationException(List.of(at == null ? problem
                    : problem.in(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()))));
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }

    private static Map<String, JsonLocation> index(JsonFactory factory, String content) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(content)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    locations.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                            parser.currentTokenLocation());
                }
            }
        }
        return locations;
    }

    JsonNode root() {
        return root;
    }

    String file() {
        return file;
    }

    /** Where the value at {@code pointer} (or its nearest enclosing value) starts. */
    Optional<JsonLocation> location(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            JsonLocation at = locations.get(p);
            if (at != null || p.isEmpty()) {
                return Optional.ofNullable(at);
            }
        }
    }

    /** {@code problem} placed at the value {@code pointer} names. */
    Problem place(Problem problem, String pointer) {
        return location(pointer).map(at -> problem.in(file, at.getLineNr(), at.getColumnNr())).orElse(problem);
    }
}
