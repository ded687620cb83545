package org.ogpld.model.authoring;

import java.util.List;
import java.util.Optional;
import org.ogpld.model.Kind;

/** The keyed sections of an authoring file, in the order their slugs are minted, with the field a slug comes from. */
enum Section {
    DOCUMENTS("documents", Kind.DOCUMENT, List.of("title")),
    ORGANISATIONS("organisations", Kind.ORGANISATION, List.of("name")),
    PERSONS("persons", Kind.PERSON, List.of("name")),
    POSTS("posts", Kind.POST, List.of("label")),
    MEMBERSHIPS("memberships", Kind.MEMBERSHIP, List.of("label")),
    PLACES("places", Kind.PLACE, List.of("name")),
    EVENTS("events", Kind.EVENT, List.of("title")),
    ACTION_PLANS("actionPlans", Kind.ACTION_PLAN, List.of("identifier", "title")),
    COMMITMENTS("commitments", Kind.COMMITMENT, List.of("identifier", "title")),
    STUDIES("studies", Kind.STUDY, List.of("title"));

    private final String field;
    private final Kind kind;
    private final List<String> nameFields;

    Section(String field, Kind kind, List<String> nameFields) {
        this.field = field;
        this.kind = kind;
        this.nameFields = nameFields;
    }

    String field() {
        return field;
    }

    Kind kind() {
        return kind;
    }

    /** The text a slug is made from: the first name field present (Azerbaijani first for texts). */
    Optional<String> name(Cursor entry) {
        for (String name : nameFields) {
            Cursor c = entry.field(name);
            if (c.present() && c.node().isTextual()) {
                return Optional.of(c.node().asText());
            }
            if (c.present() && c.node().isObject()) {
                for (String language : List.of("az", "en")) {
                    if (c.node().path(language).isTextual()) {
                        return Optional.of(c.node().path(language).asText());
                    }
                }
                var values = c.node().elements();
                while (values.hasNext()) {
                    var value = values.next();
                    if (value.isTextual()) {
                        return Optional.of(value.asText());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
