package org.ogpld.model.imports.popolo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.ogpld.model.Id;
import org.ogpld.model.Identifier;
import org.ogpld.model.Kind;
import org.ogpld.model.LanguageTags;
import org.ogpld.model.imports.Problems;

/**
 * What the readers of one Popolo document share: the problems found, the ids, the naming rules, and the facts
 * of the supplement; with the readers of the fields that every kind of Popolo object has.
 */
final class Reading {

    /** The scheme under which a Popolo object's own {@code id} is kept as an identifier. */
    static final String POPOLO_ID = "popolo";

    private final Problems problems;
    private final Registry registry;
    private final Naming naming;
    private final List<Fact> facts = new ArrayList<>();

    Reading(Problems problems, String language, String scope) {
        this.problems = problems;
        this.registry = new Registry(scope);
        this.naming = new Naming(language);
    }

    Problems problems() {
        return problems;
    }

    Registry registry() {
        return registry;
    }

    Naming naming() {
        return naming;
    }

    List<Fact> facts() {
        return facts;
    }

    void fact(Fact fact) {
        facts.add(fact);
    }

    /** The id of the object {@code field} refers to in {@code kinds}; reported if the document has no such object. */
    Optional<Id> ref(Source source, String field, Kind... kinds) {
        return source.text(field).flatMap(popoloId -> ref(source, field, popoloId, kinds));
    }

    Optional<Id> ref(Source source, String field, String popoloId, Kind... kinds) {
        for (Kind kind : kinds) {
            Optional<Id> id = registry.find(kind, popoloId);
            if (id.isPresent()) {
                return id;
            }
        }
        source.problem(field, popoloId, "no " + kinds[0].segment() + (kinds.length > 1 ? " or "
                + kinds[1].segment() : "") + " with this id in the document");
        return Optional.empty();
    }

    /** {@code other_names}, each with a checked language tag; entries with a bad tag are reported and left out. */
    List<Naming.OtherName> otherNames(Source source) {
        List<Naming.OtherName> names = new ArrayList<>();
        for (Source other : source.array("other_names")) {
            Optional<String> name = other.required("name");
            Optional<String> language = other.text("lang");
            if (language.isPresent() && !LanguageTags.isValid(language.get())) {
                other.problem("lang", language.get(), "not a BCP 47 language tag such as 'az' or 'en'");
                continue;
            }
            name.ifPresent(n -> names.add(new Naming.OtherName(n, language.map(LanguageTags::canonical),
                    other.text("note"))));
        }
        return names;
    }

    /** {@code identifiers}, and the object's own Popolo {@code id}. */
    Set<Identifier> identifiers(Source source, Optional<String> popoloId) {
        Set<Identifier> identifiers = new HashSet<>();
        popoloId.ifPresent(id -> identifiers.add(Identifier.of(POPOLO_ID, id)));
        for (Source entry : source.array("identifiers")) {
            Optional<String> value = entry.required("identifier");
            String scheme = entry.text("scheme").orElse("unspecified");
            value.ifPresent(v -> {
                try {
                    identifiers.add(Identifier.of(scheme, v));
                } catch (IllegalArgumentException e) {
                    entry.problem("identifier", v, e.getMessage());
                }
            });
        }
        return identifiers;
    }

    /** The fields every Popolo object may have: contact details, links, sources, images, creation times. */
    void commonFields(Source source, Id subject) {
        int n = 0;
        for (Source contact : source.array("contact_details")) {
            Optional<String> type = contact.required("type");
            Optional<String> value = contact.required("value");
            if (type.isPresent() && value.isPresent()) {
                fact(new Fact.Contact(subject, ++n, type.get(), contact.text("label"), value.get(),
                        contact.text("note"), contact.date("valid_from"), contact.date("valid_until")));
            }
        }
        source.array("links").forEach(link -> url(link, "url").ifPresent(u -> fact(new Fact.Link(subject,
                RDFS.seeAlso, u))));
        source.array("sources").forEach(s -> url(s, "url").ifPresent(u -> fact(new Fact.Link(subject,
                DCTerms.source, u))));
        url(source, "image").ifPresent(u -> fact(new Fact.Link(subject, PopoloTerms.image, u)));
        source.array("images").forEach(i -> url(i, "url").filter(u -> !u.equals(source.text("image").orElse("")))
                .ifPresent(u -> fact(new Fact.Link(subject, PopoloTerms.image, u))));
        source.date("created_at").ifPresent(d -> fact(new Fact.Dated(subject, DCTerms.created, d)));
        source.date("updated_at").ifPresent(d -> fact(new Fact.Dated(subject, DCTerms.modified, d)));
    }

    /**
     * An absolute URL field as an IRI: characters that IRIs may not hold (space, {@code "}, {@code <} …) are
     * percent-encoded; reported when it is no absolute URL.
     */
    Optional<String> url(Source source, String field) {
        Optional<String> text = source.text(field);
        if (text.isEmpty()) {
            return text;
        }
        String url = text.get();
        if (url.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            source.problem(field, url, "has control characters");
            return Optional.empty();
        }
        String iri = encoded(url, " \"<>{}|\\^`");
        if (!parses(iri)) {
            // Brackets are legal only around an IPv6 host; in a path ("photo[1].jpg") they are a cosmetic fault.
            String repaired = encoded(iri, "[]");
            if (parses(repaired)) {
                source.warning(field, url, "percent-encoded to " + repaired);
                iri = repaired;
            }
        }
        try {
            if (new java.net.URI(iri).isAbsolute()) {
                return Optional.of(iri);
            }
            source.problem(field, url, "expected an absolute URL");
        } catch (java.net.URISyntaxException e) {
            source.problem(field, url, "not a URL: " + e.getReason());
        }
        return Optional.empty();
    }

    private static String encoded(String url, String characters) {
        StringBuilder iri = new StringBuilder();
        url.codePoints().forEach(c -> {
            if (characters.indexOf(c) >= 0) {
                iri.append('%').append(String.format("%02X", c));
            } else {
                iri.appendCodePoint(c);
            }
        });
        return iri.toString();
    }

    private static boolean parses(String url) {
        try {
            new java.net.URI(url);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
