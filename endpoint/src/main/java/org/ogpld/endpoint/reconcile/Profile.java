package org.ogpld.endpoint.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An entity with its names folded once ({@link Folding#tokens}), so that queries compare with them without
 * folding again.
 *
 * @param entity the entity
 * @param names each name's tokens, and the acronym of each name of three significant words or more
 *              ("Eurasia Partnership Foundation" also gives {@code epf})
 * @param identifiers its identifiers, {@link Folding#compact compact}
 * @param facts each fact's values: IRIs as written, names as tokens
 */
record Profile(Entity entity, List<List<String>> names, Set<String> identifiers,
        Map<String, List<FactValue>> facts) {

    private static final Pattern WORDS = Pattern.compile("[\\s/(),;:.]+");

    /** One value of a fact: an IRI (then {@code tokens} is empty) or a name. */
    record FactValue(String iri, String compact, List<String> tokens) {}

    static Profile of(Entity entity) {
        List<List<String>> names = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (String name : entity.names()) {
            List<String> tokens = Folding.tokens(name);
            if (!tokens.isEmpty() && seen.add(tokens)) {
                names.add(tokens);
            }
            String acronym = acronym(name);
            if (acronym.length() >= 3 && seen.add(List.of(acronym))) {
                names.add(List.of(acronym));
            }
        }
        Set<String> identifiers = new LinkedHashSet<>();
        entity.identifiers().forEach(i -> identifiers.add(Folding.compact(i)));
        Map<String, List<FactValue>> facts = new LinkedHashMap<>();
        entity.facts().forEach((fact, values) -> facts.put(fact, values.stream().map(Profile::value).toList()));
        return new Profile(entity, names, identifiers, facts);
    }

    private static FactValue value(String value) {
        boolean iri = value.startsWith("http://") || value.startsWith("https://");
        return new FactValue(iri ? value : null, Folding.compact(value), iri ? List.of() : Folding.tokens(value));
    }

    /** The initials of a name's significant words, a hyphenated word counting once. */
    static String acronym(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : WORDS.split(name.strip())) {
            List<String> tokens = Folding.tokens(word.replace('-', ' '));
            if (!tokens.isEmpty()) {
                initials.append(tokens.get(0).charAt(0));
            }
        }
        return initials.length() >= 3 ? initials.toString() : "";
    }
}
