package org.ogpld.model.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogpld.model.Id;
import org.ogpld.model.Identifier;
import org.ogpld.model.Minting;
import org.ogpld.model.Slugs;

/**
 * The first pass over an authoring file: every local key gets an id, by the minting rules of
 * {@code model/README.md}. Slugs given by hand are claimed first. Then a person or organisation with an authority
 * identifier ({@code ogp-member}, {@code wikidata}) is minted from it; a post from its label scoped by its
 * organisation; a person from its name with its birth date, or else scoped by this publication (a name alone
 * proves nobody is the same person as a namesake elsewhere); anything else from its name. Names that would give
 * one slug within the file all get their local key appended, so the ids do not depend on the order of the file.
 */
final class Keys {

    /** A resource waiting for its id, with the slug it would get. */
    private record Candidate(Section section, String key, Cursor cursor, String slug) {
    }

    private Keys() {
    }

    static void assign(Cursor root) {
        List<Candidate> later = new ArrayList<>();
        List<Candidate> posts = new ArrayList<>();
        String publication = publicationScope(root);
        for (Section section : Section.values()) {
            for (Map.Entry<String, Cursor> entry : root.field(section.field()).members().entrySet()) {
                Cursor c = entry.getValue();
                Cursor slug = c.field("slug");
                if (slug.present()) {
                    slug.string().ifPresent(text -> claim(section, entry.getKey(), slug, text));
                } else if (section == Section.POSTS) {
                    posts.add(new Candidate(section, entry.getKey(), c, null));
                } else {
                    later.add(new Candidate(section, entry.getKey(), c, slug(section, entry.getKey(), c,
                            publication)));
                }
            }
        }
        mint(later);
        mint(posts.stream().map(p -> new Candidate(p.section(), p.key(), p.cursor(), postSlug(p))).toList());
    }

    private static String slug(Section section, String key, Cursor c, String publication) {
        String name = section.name(c).orElse(key);
        Optional<String> authority = Minting.authority(section.kind(), identifiers(c.field("identifiers")));
        if (authority.isPresent()) {
            return authority.get();
        }
        if (section == Section.PERSONS) {
            JsonNode birth = c.field("birthDate").node();
            String date = birth == null ? "" : birth.isObject() ? birth.path("date").asText("") : birth.asText("");
            return date.isBlank() ? Slugs.scoped(name, publication) : Slugs.scoped(name, date);
        }
        return Slugs.of(name);
    }

    /** A post's label scoped by its organisation ({@code {organisation slug}-{label}}). */
    private static String postSlug(Candidate post) {
        String label = post.section().name(post.cursor()).orElse(post.key());
        Optional<String> organisation = post.cursor().field("organisation").node() == null ? Optional.empty()
                : Optional.of(post.cursor().field("organisation").node().asText(""));
        return organisation.flatMap(key -> post.cursor().binding().lookup(key))
                .map(entry -> Slugs.scoped(entry.id().slug(), label)).orElse(Slugs.of(label));
    }

    /** Mints every candidate; those whose slugs meet get their keys appended, whatever their order. */
    private static void mint(List<Candidate> candidates) {
        Map<Id, Integer> counts = new HashMap<>();
        candidates.forEach(c -> counts.merge(new Id(c.section().kind(), c.slug()), 1, Integer::sum));
        for (Candidate c : candidates) {
            Id id = new Id(c.section().kind(), c.slug());
            if (counts.get(id) > 1 || !c.cursor().binding().minter().reserve(id)) {
                id = new Id(c.section().kind(), Slugs.scoped(c.slug(), c.key()));
                if (!c.cursor().binding().minter().reserve(id)) {
                    c.cursor().problem("its id " + id + " is already used by another " + id.kind().segment()
                            + "; set slug: to choose another");
                    continue;
                }
            }
            c.cursor().binding().register(c.cursor(), c.key(), id);
        }
    }

    /** The identifiers map ({@code {wikidata: Q42, ogp-member: AZE}}), as far as it is well formed. */
    private static List<Identifier> identifiers(Cursor c) {
        List<Identifier> identifiers = new ArrayList<>();
        JsonNode node = c.node();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> {
                try {
                    identifiers.add(Identifier.of(e.getKey(), e.getValue().asText("")));
                } catch (IllegalArgumentException ignored) {
                    // AgentBinder reports malformed identifiers where they are bound
                }
            });
        }
        return identifiers;
    }

    /** The publication's slug, as {@link AuthoringReader} gives it: its slug, or its title's. */
    private static String publicationScope(Cursor root) {
        Cursor head = root.field("publication");
        JsonNode slug = head.field("slug").node();
        if (slug != null && slug.isTextual() && !slug.asText().isBlank()) {
            return slug.asText();
        }
        JsonNode title = head.field("title").node();
        String text = title == null ? "" : title.isObject() ? title.path("az").asText(title.path("en").asText(""))
                : title.asText("");
        return text.isBlank() ? "publication" : text;
    }

    private static void claim(Section section, String key, Cursor slug, String text) {
        if (!Id.isSlug(text)) {
            slug.problem("slug '" + text + "' must be lowercase letters a-z and digits joined by single hyphens");
            return;
        }
        Id id = Id.of(section.kind(), text);
        if (!slug.binding().minter().reserve(id)) {
            slug.problem("slug '" + text + "' is already used by another " + section.kind().segment());
            return;
        }
        slug.binding().register(parent(slug, section, key), key, id);
    }

    private static Cursor parent(Cursor slug, Section section, String key) {
        return slug.binding().root().field(section.field()).field(key);
    }
}
