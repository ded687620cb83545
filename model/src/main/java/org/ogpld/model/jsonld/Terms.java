package org.ogpld.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.ogpld.vocab.Vocab;

/**
 * The terms of the OGP-LD JSON-LD context, indexed by the IRI they expand to: which short key to write for a
 * property or class, and how that term coerces values. Terms with a {@code @reverse} or with a container other
 * than {@code @language} are left out; such properties are written with their full IRI, which needs no term.
 */
final class Terms {

    /**
     * A term usable as a key.
     *
     * @param name      the key to write
     * @param iri       the property IRI it expands to
     * @param type      its type coercion: {@code @id}, {@code @vocab}, a datatype IRI, or null
     * @param languages whether it is a {@code @language} container
     */
    record Term(String name, String iri, String type, boolean languages) {}

    private static final Terms OURS = parse(Vocab.context());

    private final Map<String, Term> byIri;
    private final Map<String, String> classes;

    private Terms(Map<String, Term> byIri, Map<String, String> classes) {
        this.byIri = byIri;
        this.classes = classes;
    }

    /** The terms of {@link Vocab#context()}. */
    static Terms ours() {
        return OURS;
    }

    /** The term to write for property {@code iri}, if the context has a usable one. */
    Optional<Term> property(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The short name of class {@code iri}, or the IRI itself. */
    String type(String iri) {
        return classes.getOrDefault(iri, iri);
    }

    static Terms parse(String contextJson) {
        JsonNode context;
        try {
            context = new ObjectMapper().readTree(contextJson).get("@context");
        } catch (IOException e) {
            throw new UncheckedIOException("the OGP-LD context is not JSON", e);
        }
        Map<String, String> prefixes = new HashMap<>();
        context.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual() && !f.getKey().startsWith("@") && f.getValue().asText().matches("https?://.*[/#]")) {
                prefixes.put(f.getKey(), f.getValue().asText());
            }
        });
        String vocab = context.path("@vocab").asText();
        Map<String, Term> byIri = new HashMap<>();
        Map<String, String> classes = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            JsonNode definition = f.getValue();
            if (name.startsWith("@") || prefixes.containsKey(name)) {
                continue;
            }
            if (definition.isTextual()) {
                String iri = expand(definition.asText(), prefixes, vocab);
                if (iri != null) {
                    classes.putIfAbsent(iri, name);
                    byIri.putIfAbsent(iri, new Term(name, iri, null, false));
                }
            } else if (definition.isObject() && definition.has("@id") && !definition.has("@reverse")) {
                String container = definition.path("@container").asText("");
                String iri = expand(definition.get("@id").asText(), prefixes, vocab);
                if (iri != null && (container.isEmpty() || container.equals("@language"))) {
                    String type = definition.has("@type") ? typeIri(definition.get("@type").asText(), prefixes, vocab) : null;
                    byIri.putIfAbsent(iri, new Term(name, iri, type, container.equals("@language")));
                }
            }
        }
        return new Terms(byIri, classes);
    }

    private static String typeIri(String type, Map<String, String> prefixes, String vocab) {
        return type.startsWith("@") ? type : expand(type, prefixes, vocab);
    }

    /** A compact IRI or term value expanded; null for keywords. */
    private static String expand(String value, Map<String, String> prefixes, String vocab) {
        if (value.startsWith("@")) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon > 0 && prefixes.containsKey(value.substring(0, colon))) {
            return prefixes.get(value.substring(0, colon)) + value.substring(colon + 1);
        }
        return colon > 0 ? value : vocab + value;
    }
}
