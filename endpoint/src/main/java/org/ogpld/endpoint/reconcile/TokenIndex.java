package org.ogpld.endpoint.reconcile;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory {@link CandidateSource}: an inverted index from each name word's (and acronym's) transliteration
 * key and consonant skeleton, and from each compact identifier and identifier part, to the entities. Built once per data version of the store (a few
 * thousand entities: milliseconds).
 */
final class TokenIndex implements CandidateSource {

    private final List<Profile> profiles;
    private final Map<String, Set<Profile>> byWord = new HashMap<>();

    TokenIndex(List<Entity> entities) {
        this.profiles = entities.stream().map(Profile::of).toList();
        for (Profile profile : profiles) {
            profile.names().forEach(name -> name.forEach(token -> {
                String key = Folding.key(token);
                add("k:" + key, profile);
                add("s:" + Folding.skeleton(key), profile);
            }));
            profile.acronyms().forEach(acronym -> {
                String key = Folding.key(acronym);
                add("k:" + key, profile);
                add("s:" + Folding.skeleton(key), profile);
            });
            profile.identifiers().forEach(identifier -> add("i:" + identifier, profile));
            profile.identifierParts().forEach(part -> add("i:" + part, profile));
        }
    }

    private void add(String word, Profile profile) {
        byWord.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(profile);
    }

    @Override
    public Collection<Profile> candidates(List<String> tokens, String compact, Set<EntityType> types) {
        if (tokens.isEmpty() && compact.isEmpty()) {
            return profiles.stream().filter(p -> wanted(p, types)).toList();
        }
        Set<Profile> found = new LinkedHashSet<>(byWord.getOrDefault("i:" + compact, Set.of()));
        for (String token : tokens) {
            String key = Folding.key(token);
            found.addAll(byWord.getOrDefault("k:" + key, Set.of()));
            found.addAll(byWord.getOrDefault("s:" + Folding.skeleton(key), Set.of()));
        }
        found.removeIf(p -> !wanted(p, types));
        return found;
    }

    @Override
    public List<Profile> all() {
        return profiles;
    }

    private static boolean wanted(Profile profile, Set<EntityType> types) {
        return types.isEmpty() || types.stream().anyMatch(profile.entity()::has);
    }
}
