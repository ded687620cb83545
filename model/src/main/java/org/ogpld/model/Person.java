package org.ogpld.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person. The name is the full name as used (without honorifics); given, family and patronymic names are kept
 * apart when known, and an honorific such as "Dr." is kept apart from the name.
 *
 * @param id              a {@link Kind#PERSON} id
 * @param name            the full name in each language
 * @param givenName       the given name
 * @param familyName      the family name
 * @param patronymicName  the patronymic (e.g. "Əli oğlu")
 * @param honorificPrefix a title used before the name, such as "Dr."
 * @param otherNames      other names and spellings, per language or script
 * @param birthDate       date of birth
 * @param deathDate       date of death
 * @param gender          gender as the source states it
 * @param identifiers     identifiers in other registers (Wikidata…)
 */
public record Person(Id id, Text name, Optional<Text> givenName, Optional<Text> familyName,
                     Optional<Text> patronymicName, Optional<Text> honorificPrefix, Set<LangString> otherNames,
                     Optional<DateValue> birthDate, Optional<DateValue> deathDate, Optional<String> gender,
                     Set<Identifier> identifiers) {

    public Person {
        Checks.kind(id, Kind.PERSON, "id");
        Checks.required(name, "name");
        givenName = Checks.optional(givenName);
        familyName = Checks.optional(familyName);
        patronymicName = Checks.optional(patronymicName);
        honorificPrefix = Checks.optional(honorificPrefix);
        otherNames = Checks.sortedSet(otherNames, "otherNames");
        birthDate = Checks.optional(birthDate);
        deathDate = Checks.optional(deathDate);
        gender = Checks.nonBlank(gender, "gender");
        identifiers = Checks.sortedSet(identifiers, "identifiers");
    }

    /** A builder for person {@code id} named {@code name}. */
    public static Builder builder(Id id, Text name) {
        return new Builder(id, name);
    }

    /** Builds a {@link Person}. */
    public static final class Builder {
        private final Id id;
        private final Text name;
        private Text givenName;
        private Text familyName;
        private Text patronymicName;
        private Text honorificPrefix;
        private final List<LangString> otherNames = new ArrayList<>();
        private DateValue birthDate;
        private DateValue deathDate;
        private String gender;
        private final List<Identifier> identifiers = new ArrayList<>();

        private Builder(Id id, Text name) {
            this.id = id;
            this.name = name;
        }

        public Builder givenName(Text value) {
            this.givenName = value;
            return this;
        }

        public Builder familyName(Text value) {
            this.familyName = value;
            return this;
        }

        public Builder patronymicName(Text value) {
            this.patronymicName = value;
            return this;
        }

        public Builder honorificPrefix(Text value) {
            this.honorificPrefix = value;
            return this;
        }

        public Builder otherNames(Collection<LangString> values) {
            otherNames.addAll(values);
            return this;
        }

        public Builder birthDate(DateValue value) {
            this.birthDate = value;
            return this;
        }

        public Builder deathDate(DateValue value) {
            this.deathDate = value;
            return this;
        }

        public Builder gender(String value) {
            this.gender = value;
            return this;
        }

        public Builder identifier(Identifier identifier) {
            identifiers.add(identifier);
            return this;
        }

        public Builder identifiers(Collection<Identifier> values) {
            identifiers.addAll(values);
            return this;
        }

        public Person build() {
            return new Person(id, name, Optional.ofNullable(givenName), Optional.ofNullable(familyName),
                    Optional.ofNullable(patronymicName), Optional.ofNullable(honorificPrefix),
                    new HashSet<>(otherNames), Optional.ofNullable(birthDate), Optional.ofNullable(deathDate),
                    Optional.ofNullable(gender), new HashSet<>(identifiers));
        }
    }
}
