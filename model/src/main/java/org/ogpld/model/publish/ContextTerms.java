package org.ogpld.model.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ogpld.vocab.Vocab;

/**
 * The term definitions of the OGP-LD JSON-LD context, indexed by IRI, for writing compact JSON-LD directly: which
 * term stands for a property or class, how its values are coerced, and which prefixes shorten other IRIs.
 */
final class ContextTerms {

    /** How a term's values are written. */
    enum Coercion { NONE, ID, DATATYPE, LANGUAGE_MAP }

    /** A term of the context. */
    record Term(String name, Coercion coercion, String datatype) {
    }

    private static final ContextTerms VOCABULARY = parse(Vocab.context());

    private final Map<String, String> prefixes = new TreeMap<>();
    private final Map<String, Term> properties = new HashMap<>();
    private final Map<String, String> classes = new HashMap<>();
    private final Map<String, Term> byName = new HashMap<>();

    static ContextTerms vocabulary() {
        return VOCABULARY;
    }

    static ContextTerms parse(String contextDocument) {
        try {
            JsonNode context = new ObjectMapper().readTree(contextDocument).get("@context");
            ContextTerms terms = new ContextTerms();
            context.fields().forEachRemaining(e -> {
                if (!e.getKey().startsWith("@") && e.getValue().isTextual() && isPrefix(e.getValue().asText())) {
                    terms.prefixes.put(e.getKey(), e.getValue().asText());
                }
            });
            context.fields().forEachRemaining(e -> terms.define(e.getKey(), e.getValue()));
            return terms;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the vocabulary's JSON-LD context does not parse", e);
        }
    }

    private void define(String name, JsonNode definition) {
        if (name.startsWith("@") || definition.isTextual() && definition.asText().startsWith("@")) {
            return;
        }
        if (definition.isTextual()) {
            if (!isPrefix(definition.asText())) {
                classes.putIfAbsent(expand(definition.asText()), name);
            }
            return;
        }
        if (!definition.has("@id")) {
            return;
        }
        String iri = expand(definition.get("@id").asText());
        String type = definition.path("@type").asText("");
        Term term;
        if ("@language".equals(definition.path("@container").asText(""))) {
            term = new Term(name, Coercion.LANGUAGE_MAP, null);
        } else if ("@id".equals(type)) {
            term = new Term(name, Coercion.ID, null);
        } else if (!type.isEmpty()) {
            term = new Term(name, Coercion.DATATYPE, expand(type));
        } else {
            term = new Term(name, Coercion.NONE, null);
        }
        properties.putIfAbsent(iri, term);
        byName.put(name, term);
    }

    private static boolean isPrefix(String value) {
        return (value.endsWith("/") || value.endsWith("#")) && value.contains("://");
    }

    /** A compact IRI expanded with the context's prefixes. */
    String expand(String value) {
        int colon = value.indexOf(':');
        if (colon > 0 && prefixes.containsKey(value.substring(0, colon))) {
            return prefixes.get(value.substring(0, colon)) + value.substring(colon + 1);
        }
        return value;
    }

    /** The term for a property, if the context has one. */
    Optional<Term> property(String iri) {
        return Optional.ofNullable(properties.get(iri));
    }

    /** The term called {@code name}, if the key is a term and not a compact or absolute IRI. */
    Optional<Term> term(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The term for a class, or its compact IRI. */
    String typeName(String iri) {
        return Optional.ofNullable(classes.get(iri)).orElseGet(() -> compact(iri));
    }

    /** {@code prefix:suffix} for the longest matching prefix, else the IRI itself. */
    String compact(String iri) {
        String best = null;
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String suffix = iri.startsWith(p.getValue()) ? iri.substring(p.getValue().length()) : null;
            if (suffix != null && !suffix.isEmpty() && !suffix.startsWith("//")
                    && (best == null || prefixes.get(best).length() < p.getValue().length())) {
                best = p.getKey();
            }
        }
        return best == null ? iri : best + ":" + iri.substring(prefixes.get(best).length());
    }
}
