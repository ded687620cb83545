package org.ogpld.vocab;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Our reading of the context's term definitions: term to expanded IRI, with prefixes and keywords set apart. */
record ContextTerms(JsonObject context, Map<String, String> prefixes, Map<String, String> terms) {

    static ContextTerms read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject context = reader.readObject().getJsonObject("@context");
            Map<String, String> prefixes = new LinkedHashMap<>();
            context.forEach((term, value) -> {
                if (value instanceof JsonString s && (s.getString().endsWith("#") || s.getString().endsWith("/"))
                        && !term.startsWith("@")) {
                    prefixes.put(term, s.getString());
                }
            });
            Map<String, String> terms = new LinkedHashMap<>();
            context.forEach((term, value) -> {
                if (!term.startsWith("@") && !prefixes.containsKey(term) && !isKeywordAlias(value)) {
                    terms.put(term, expand(iriOf(value), prefixes));
                }
            });
            return new ContextTerms(context, prefixes, terms);
        }
    }

    JsonObject definition(String term) {
        JsonValue value = context.get(term);
        return value instanceof JsonObject object ? object : Json.createObjectBuilder().build();
    }

    private static boolean isKeywordAlias(JsonValue value) {
        return value instanceof JsonString s && s.getString().startsWith("@");
    }

    private static String iriOf(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        JsonObject definition = value.asJsonObject();
        return definition.containsKey("@id") ? definition.getString("@id") : definition.getString("@reverse");
    }

    private static String expand(String iri, Map<String, String> prefixes) {
        int colon = iri.indexOf(':');
        if (colon > 0 && prefixes.containsKey(iri.substring(0, colon))) {
            return prefixes.get(iri.substring(0, colon)) + iri.substring(colon + 1);
        }
        return iri;
    }
}
