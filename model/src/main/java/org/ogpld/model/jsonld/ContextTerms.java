package org.ogpld.model.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ogpld.model.jsonld.Term.Coercion;
import org.ogpld.vocab.Vocab;

/**
 * The OGP-LD JSON-LD context as a writer needs it, indexed by IRI: the term for each property and class, and the
 * prefixes that shorten other vocabulary IRIs into compact IRIs. Reverse terms ({@code @reverse}, no {@code @id}) and
 * terms with a container other than {@code @language} or with {@code @vocab} coercion are left out: their
 * properties are written as compact IRIs, which coerce nothing. {@link #none()} is the absent context, for documents
 * in expanded form.
 */
final class ContextTerms {

    private static final ContextTerms VOCABULARY = parse(Vocab.context());
    private static final ContextTerms NONE =
            new ContextTerms(null, new ArrayList<>(), Map.of(), Map.of(), Set.of(), "@id", "@type");

    /** A prefix usable in compact IRIs. */
    private record Prefix(String name, String namespace) {}

    private final String reference;
    /** The prefixes by the scheme and authority of their namespace, longest namespace first. */
    private final Map<String, List<Prefix>> prefixes;
    private final Map<String, Term> properties;
    private final Map<String, String> classes;
    /** Every name the context defines: an IRI whose scheme is one of them may be read as a compact IRI. */
    private final Set<String> names;
    private final String idKey;
    private final String typeKey;

    private ContextTerms(String reference, List<Prefix> prefixes, Map<String, Term> properties,
            Map<String, String> classes, Set<String> names, String idKey, String typeKey) {
        prefixes.sort(Comparator.comparingInt((Prefix p) -> p.namespace().length()).reversed());
        this.reference = reference;
        this.prefixes = prefixes.stream().collect(Collectors.groupingBy(p -> authority(p.namespace())));
        this.properties = Map.copyOf(properties);
        this.classes = Map.copyOf(classes);
        this.names = Set.copyOf(names);
        this.idKey = idKey;
        this.typeKey = typeKey;
    }

    /** The terms of {@link Vocab#context()}. */
    static ContextTerms vocabulary() {
        return VOCABULARY;
    }

    /** No context: keywords as keys, full IRIs everywhere. */
    static ContextTerms none() {
        return NONE;
    }

    private static ContextTerms parse(String contextDocument) {
        JsonNode context;
        try {
            context = new ObjectMapper().readTree(contextDocument).get("@context");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the vocabulary's JSON-LD context does not parse", e);
        }
        Map<String, String> namespaces = namespaces(context);
        Map<String, Term> properties = new HashMap<>();
        Map<String, String> classes = new HashMap<>();
        Set<String> names = new HashSet<>();
        context.properties().forEach(e -> {
            String name = e.getKey();
            JsonNode definition = e.getValue();
            if (!name.startsWith("@")) {
                names.add(name);
            }
            if (name.startsWith("@") || namespaces.containsKey(name)) {
                return;
            }
            if (definition.isTextual() && !definition.asText().startsWith("@")) {
                String iri = expand(definition.asText(), namespaces);
                classes.putIfAbsent(iri, name);
                properties.putIfAbsent(iri, new Term(name, Coercion.NONE, null));
            } else if (definition.isObject() && definition.has("@id")) {
                term(name, definition, namespaces).ifPresent(t ->
                        properties.putIfAbsent(expand(definition.get("@id").asText(), namespaces), t));
            }
        });
        List<Prefix> prefixes = new ArrayList<>();
        namespaces.forEach((name, namespace) -> prefixes.add(new Prefix(name, namespace)));
        return new ContextTerms(Vocab.CONTEXT_IRI, prefixes, properties, classes, names,
                alias(context, "@id"), alias(context, "@type"));
    }

    /** The term the context defines as an alias of {@code keyword}, else the keyword. */
    private static String alias(JsonNode context, String keyword) {
        for (Map.Entry<String, JsonNode> e : context.properties()) {
            if (e.getValue().isTextual() && e.getValue().asText().equals(keyword)) {
                return e.getKey();
            }
        }
        return keyword;
    }

    /** The context's prefixes: name to namespace. */
    private static Map<String, String> namespaces(JsonNode context) {
        Map<String, String> namespaces = new HashMap<>();
        context.properties().forEach(e -> {
            if (!e.getKey().startsWith("@") && e.getValue().isTextual() && isNamespace(e.getValue().asText())) {
                namespaces.put(e.getKey(), e.getValue().asText());
            }
        });
        return namespaces;
    }

    /** The term an expanded term definition makes, unless its container or coercion is one we do not write. */
    private static Optional<Term> term(String name, JsonNode definition, Map<String, String> namespaces) {
        String container = definition.path("@container").asText("");
        String type = definition.path("@type").asText("");
        if (container.equals("@language") && type.isEmpty()) {
            return Optional.of(new Term(name, Coercion.LANGUAGE_MAP, null));
        } else if (!container.isEmpty() || type.equals("@vocab") || type.startsWith("@") && !type.equals("@id")
                || definition.has("@language") || definition.has("@direction") || definition.has("@context")) {
            return Optional.empty();
        } else if (type.equals("@id")) {
            return Optional.of(new Term(name, Coercion.ID, null));
        } else if (!type.isEmpty()) {
            return Optional.of(new Term(name, Coercion.DATATYPE, expand(type, namespaces)));
        }
        return Optional.of(new Term(name, Coercion.NONE, null));
    }

    /** A prefix's value: an absolute IRI ending with {@code /} or {@code #}, as JSON-LD 1.1 prefixes must. */
    private static boolean isNamespace(String value) {
        return (value.endsWith("/") || value.endsWith("#")) && value.contains("://");
    }

    private static String expand(String value, Map<String, String> namespaces) {
        int colon = value.indexOf(':');
        String namespace = colon > 0 ? namespaces.get(value.substring(0, colon)) : null;
        return namespace == null ? value : namespace + value.substring(colon + 1);
    }

    /** The URL documents written with these terms give as {@code @context}, or null for none. */
    String reference() {
        return reference;
    }

    /** The key for node identifiers: {@code @id} or its alias. */
    String idKey() {
        return idKey;
    }

    /** The key for node classes and value datatypes: {@code @type} or its alias. */
    String typeKey() {
        return typeKey;
    }

    /**
     * Whether {@code iri}, written in full, reads as itself under this context: not when its scheme is a name the
     * context defines (JSON-LD reads {@code ogp:x} as a compact IRI, whatever IRI was meant) unless {@code //}
     * follows the colon, which JSON-LD never expands.
     */
    boolean readsAsItself(String iri) {
        int colon = iri.indexOf(':');
        return colon > 0 && (iri.startsWith("//", colon + 1) || !names.contains(iri.substring(0, colon)));
    }

    /** The key for property {@code iri}: its term, or its compact IRI without coercion. */
    Term key(String iri) {
        Term term = properties.get(iri);
        return term != null ? term : plainKey(iri);
    }

    /** The key for property {@code iri} that coerces nothing: its compact IRI, or the IRI. */
    Term plainKey(String iri) {
        return new Term(compact(iri), Coercion.NONE, null);
    }

    /** The name to write for class {@code iri}: its term, or its compact IRI. */
    String typeName(String iri) {
        String name = classes.get(iri);
        return name != null ? name : compact(iri);
    }

    /** {@code prefix:suffix} with the longest prefix that leaves a suffix not read as an authority, else the IRI. */
    String compact(String iri) {
        for (Prefix p : prefixes.getOrDefault(authority(iri), List.of())) {
            if (iri.startsWith(p.namespace()) && iri.length() > p.namespace().length()
                    && !iri.startsWith("//", p.namespace().length())) {
                return p.name() + ":" + iri.substring(p.namespace().length());
            }
        }
        return iri;
    }

    /** {@code scheme://authority/}, the part of an IRI every namespace that can shorten it starts with. */
    private static String authority(String iri) {
        int start = iri.indexOf("://");
        int end = start < 0 ? -1 : indexOfAny(iri, start + 3);
        return end < 0 ? iri : iri.substring(0, end + 1);
    }

    private static int indexOfAny(String iri, int from) {
        for (int i = from; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c == '/' || c == '#' || c == '?') {
                return i;
            }
        }
        return -1;
    }
}
