package org.ogpld.bench.data;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.DateValue;
import org.ogpld.model.Id;
import org.ogpld.model.Identifier;
import org.ogpld.model.Interval;
import org.ogpld.model.Kind;
import org.ogpld.model.Membership;
import org.ogpld.model.Organisation;
import org.ogpld.model.Person;
import org.ogpld.model.Post;
import org.ogpld.model.Slugs;
import org.ogpld.model.Text;

/**
 * The people of a generated run, by index: two thirds Azerbaijani (names with ə ı ğ ş ç ö ü, patronymics), one
 * third from other OGP countries. Person {@code j} always has the same name, post and membership, so every
 * publication that mentions them agrees. Names are unique: once the combinations of given and family names are
 * used up, the generator's slugs get a numeric suffix (generated people are one per index, so the suffix is
 * stable).
 */
final class People {

    private final long seed;
    private final Organisations organisations;

    People(long seed, Organisations organisations) {
        this.seed = seed;
        this.organisations = organisations;
    }

    Id id(int j) {
        return Id.of(Kind.PERSON, slug(j));
    }

    Person person(int j) {
        Draw draw = Draw.of(seed, "person", j);
        String name = fullName(j);
        Person.Builder person = Person.builder(id(j), j % 3 == 2 ? Text.en(name)
                : Text.of(Text.AZ, name, Text.EN, Names.romanise(name)));
        String[] parts = name.split(" ", 2);
        person.givenName(Text.of(j % 3 == 2 ? Text.EN : Text.AZ, parts[0]))
                .familyName(Text.of(j % 3 == 2 ? Text.EN : Text.AZ, parts[1]))
                .gender(j % 3 == 1 || (j % 3 == 2 && draw.chance(0.5)) ? "female" : "male");
        if (j % 3 != 2) {
            person.patronymicName(Text.az(draw.pick(Names.MALE_GIVEN) + (j % 3 == 1 ? " qızı" : " oğlu")));
        }
        if (draw.chance(0.1)) {
            person.honorificPrefix(Text.en("Dr."));
        }
        if (draw.chance(0.5)) {
            person.birthDate(DateValue.of(Year.of(draw.between(1950, 1995))));
        }
        if (draw.chance(0.3)) {
            person.identifier(Identifier.wikidata("Q" + (100_000 + Math.abs((long) slug(j).hashCode()) % 9_000_000)));
        }
        return person.build();
    }

    /** The organisation where person {@code j} holds their post. */
    Organisation employer(int j) {
        Draw draw = Draw.of(seed, "employer", j);
        return draw.chance(0.6) ? organisations.ngo(draw.between(0, organisations.ngoCount() - 1))
                : organisations.body(draw.between(0, Names.BODIES.size() - 1));
    }

    Post post(int j) {
        Draw draw = Draw.of(seed, "post", j);
        int role = draw.between(0, Names.ROLE_WORDS.size() - 1);
        Organisation employer = employer(j);
        Text label = Text.of(Text.AZ, employer.name().preferred() + " — " + Names.ROLE_WORDS_AZ.get(role),
                Text.EN, Names.ROLE_WORDS.get(role) + ", " + employer.name().en().orElse(employer.name().preferred()));
        return new Post(Id.of(Kind.POST, slug(j) + "-" + Slugs.of(Names.ROLE_WORDS.get(role))), label,
                employer.id(), Optional.empty(), Set.of(id(j)));
    }

    Membership membership(int j) {
        Draw draw = Draw.of(seed, "membership", j);
        Organisation employer = employer(j);
        int start = draw.between(2005, 2020);
        DateValue end = draw.chance(0.4) ? null
                : DateValue.of(LocalDate.of(start + draw.between(1, 6), draw.between(1, 12), 1));
        return new Membership(Id.of(Kind.MEMBERSHIP, slug(j) + "-" + employer.id().slug()), id(j), employer.id(),
                Optional.empty(), Optional.of(Text.en("staff")), Optional.of(Interval.of(DateValue.of(LocalDate.of(start, draw.between(1, 12), 1)), end)));
    }

    private String fullName(int j) {
        int q = j / 3;
        return switch (j % 3) {
            case 0 -> combine(q, Names.MALE_GIVEN, Names.FAMILY, "");
            case 1 -> combine(q, Names.FEMALE_GIVEN, Names.FAMILY, "a");
            default -> combine(q, Names.OTHER_GIVEN, Names.OTHER_FAMILY, "");
        };
    }

    private static String combine(int q, List<String> given, List<String> family, String feminine) {
        // 7q + q/G spreads family names over neighbouring indices and, with 7G+1 prime to F, stays one-to-one.
        int spread = (7 * q + q / given.size()) % family.size();
        return given.get(q % given.size()) + " " + family.get(spread) + feminine;
    }

    private String slug(int j) {
        List<String> given = j % 3 == 0 ? Names.MALE_GIVEN : j % 3 == 1 ? Names.FEMALE_GIVEN : Names.OTHER_GIVEN;
        List<String> family = j % 3 == 2 ? Names.OTHER_FAMILY : Names.FAMILY;
        int round = (j / 3) / (given.size() * family.size());
        String base = Slugs.of(fullName(j));
        return round == 0 ? base : base + "-" + (round + 1);
    }
}
