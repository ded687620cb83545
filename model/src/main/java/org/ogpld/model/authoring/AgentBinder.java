package org.ogpld.model.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.Identifier;
import org.ogpld.model.Id;
import org.ogpld.model.Interval;
import org.ogpld.model.Kind;
import org.ogpld.model.Membership;
import org.ogpld.model.Organisation;
import org.ogpld.model.OrganisationKind;
import org.ogpld.model.Person;
import org.ogpld.model.Post;
import org.ogpld.model.Schemes;

/** Binds organisations, persons, posts and memberships. */
final class AgentBinder {

    private static final Set<String> ORGANISATION = Set.of("slug", "kind", "name", "acronyms", "otherNames",
            "description", "parent", "country", "identifiers", "homepage", "memberStatus", "fundedBy", "implementedBy");
    private static final Set<String> PERSON = Set.of("slug", "name", "givenName", "familyName", "patronymicName",
            "honorificPrefix", "otherNames", "birthDate", "deathDate", "gender", "identifiers");
    private static final Set<String> POST = Set.of("slug", "label", "organisation", "role", "holders");
    private static final Set<String> MEMBERSHIP = Set.of("slug", "member", "organisation", "role", "label", "from",
            "until");

    private AgentBinder() {
    }

    static Optional<Organisation> organisation(Id id, Cursor c) {
        c.allowOnly(ORGANISATION);
        Optional<OrganisationKind> kind = Enums.value(c.field("kind"), OrganisationKind.class);
        var name = required(c, "name").flatMap(Values::text);
        Organisation.Builder o = name.map(n -> Organisation.builder(id, kind.orElse(OrganisationKind.NGO), n))
                .orElse(null);
        var acronyms = Values.names(c.field("acronyms"));
        var otherNames = Values.names(c.field("otherNames"));
        var description = Values.text(c.field("description"));
        var parent = Values.ref(c.field("parent"), Kind.ORGANISATION);
        var country = Values.geoName(c.field("country"));
        var identifiers = identifiers(c.field("identifiers"));
        var homepage = c.field("homepage").string();
        var status = Values.code(c.field("memberStatus"), Schemes.MEMBER_STATUS, false);
        var funders = Values.refs(c.field("fundedBy"), Kind.ORGANISATION);
        var implementers = Values.refs(c.field("implementedBy"), Kind.ORGANISATION);
        if (o == null || kind.isEmpty()) {
            return Optional.empty();
        }
        o.acronyms(acronyms).otherNames(otherNames).description(description.orElse(null)).parent(parent.orElse(null))
                .country(country.orElse(null)).identifiers(identifiers).homepage(homepage.orElse(null))
                .memberStatus(status.orElse(null)).funders(funders).implementers(implementers);
        return Values.build(c, o::build);
    }

    static Optional<Person> person(Id id, Cursor c) {
        c.allowOnly(PERSON);
        var name = required(c, "name").flatMap(Values::text);
        var given = Values.text(c.field("givenName"));
        var family = Values.text(c.field("familyName"));
        var patronymic = Values.text(c.field("patronymicName"));
        var honorific = Values.text(c.field("honorificPrefix"));
        var otherNames = Values.names(c.field("otherNames"));
        var birth = Values.date(c.field("birthDate"));
        var death = Values.date(c.field("deathDate"));
        var gender = c.field("gender").string();
        var identifiers = identifiers(c.field("identifiers"));
        return name.flatMap(n -> Values.build(c, () -> Person.builder(id, n).givenName(given.orElse(null))
                .familyName(family.orElse(null)).patronymicName(patronymic.orElse(null))
                .honorificPrefix(honorific.orElse(null)).otherNames(otherNames).birthDate(birth.orElse(null))
                .deathDate(death.orElse(null)).gender(gender.orElse(null)).identifiers(identifiers).build()));
    }

    static Optional<Post> post(Id id, Cursor c) {
        c.allowOnly(POST);
        var label = required(c, "label").flatMap(Values::text);
        var organisation = required(c, "organisation").flatMap(o -> Values.ref(o, Kind.ORGANISATION));
        var role = Values.code(c.field("role"), Schemes.ROLE, false);
        var holders = Values.refs(c.field("holders"), Kind.PERSON);
        if (label.isEmpty() || organisation.isEmpty()) {
            return Optional.empty();
        }
        return Values.build(c, () -> new Post(id, label.get(), organisation.get(), role, Set.copyOf(holders)));
    }

    static Optional<Membership> membership(Id id, Cursor c) {
        c.allowOnly(MEMBERSHIP);
        var member = required(c, "member").flatMap(m -> Values.ref(m, Kind.PERSON, Kind.ORGANISATION));
        var organisation = required(c, "organisation").flatMap(o -> Values.ref(o, Kind.ORGANISATION));
        var role = Values.code(c.field("role"), Schemes.ROLE, false);
        var label = Values.text(c.field("label"));
        var from = Values.date(c.field("from"));
        var until = Values.date(c.field("until"));
        if (member.isEmpty() || organisation.isEmpty()) {
            return Optional.empty();
        }
        Optional<Interval> during = from.isPresent() || until.isPresent()
                ? Optional.of(new Interval(from, until)) : Optional.empty();
        return Values.build(c, () -> new Membership(id, member.get(), organisation.get(), role, label, during));
    }

    /** {@code {scheme: value}} or {@code {scheme: [values]}}. */
    private static List<Identifier> identifiers(Cursor c) {
        List<Identifier> identifiers = new ArrayList<>();
        for (Map.Entry<String, Cursor> entry : c.members().entrySet()) {
            Cursor value = entry.getValue();
            List<Cursor> values = value.present() && value.node().isArray() ? value.elements() : List.of(value);
            for (Cursor v : values) {
                v.string().flatMap(text -> Values.build(v, () -> Identifier.of(entry.getKey(), text)))
                        .ifPresent(identifiers::add);
            }
        }
        return identifiers;
    }

    static Optional<Cursor> required(Cursor c, String field) {
        Cursor f = c.field(field);
        return f.require() ? Optional.of(f) : Optional.empty();
    }

    /** Enum values written in kebab case ({@code public-organisation}). */
    static final class Enums {
        private Enums() {
        }

        static <E extends Enum<E>> Optional<E> value(Cursor c, Class<E> type) {
            return c.require() ? optionalValue(c, type) : Optional.empty();
        }

        static <E extends Enum<E>> Optional<E> optionalValue(Cursor c, Class<E> type) {
            return c.string().flatMap(text -> {
                for (E e : type.getEnumConstants()) {
                    if (name(e).equals(text)) {
                        return Optional.of(e);
                    }
                }
                List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enums::name).toList();
                return Values.fail(c, "unknown kind '" + text + "'" + Suggestions.nearest(text, names)
                        .map(s -> "; did you mean '" + s + "'?").orElse("; known kinds: " + String.join(", ", names)));
            });
        }

        static String name(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
