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
 * @param names each name's tokens
 * @param acronyms the acronym of each name of three significant words or more ("Eurasia Partnership Foundation"
 *                 gives {@code epf}), made here rather than written in the data, so weaker evidence
 * @param identifiers its identifiers, {@link Folding#compact compact}
 * @param identifierParts the parts of its identifiers with a digit, of four characters or more ({@code alb01} of
 *                        {@code AP_ALB01}), compact
 * @param facts each fact's values: IRIs as written, names as tokens
 */
record Profile(Entity entity, List<List<String>> names, List<String> acronyms, Set<String> identifiers,
        Set<String> identifierParts, Map<String, List<FactValue>> facts) {

    private static final Pattern WORDS = Pattern.compile("[\\s/(),;:.]+");

    /** One value of a fact: an IRI (then {@code tokens} is empty) or a name. */
    record FactValue(String iri, String compact, List<String> tokens) {}

    static Profile of(Entity entity) {
        List<List<String>> names = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        Set<String> acronyms = new LinkedHashSet<>();
        for (String name : entity.names()) {
            List<String> tokens = Folding.tokens(name);
            if (!tokens.isEmpty() && seen.add(tokens)) {
                names.add(tokens);
            }
            String acronym = acronym(name);
            if (acronym.length() >= 3 && !seen.contains(List.of(acronym))) {
                acronyms.add(acronym);
            }
        }
        Set<String> identifiers = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        for (String identifier : entity.identifiers()) {
            identifiers.add(Folding.compact(identifier));
            for (String part : Folding.fold(identifier).split(" ")) {
                if (part.length() >= 4 && part.chars().anyMatch(Character::isDigit)) {
                    parts.add(part);
                }
            }
        }
        Map<String, List<FactValue>> facts = new LinkedHashMap<>();
        entity.facts().forEach((fact, values) -> facts.put(fact, values.stream().map(Profile::value).toList()));
        return new Profile(entity, names, List.copyOf(acronyms), identifiers, parts, facts);
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
