package org.ogpld.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation: a public body, an NGO, an OGP member government, a programme or project, or a unit of another
 * organisation.
 *
 * @param id           an {@link Kind#ORGANISATION} id
 * @param kind         what sort of organisation
 * @param name         its name in each language
 * @param acronyms     short forms, per language ({@code AHT}@az, {@code OGP}@en)
 * @param otherNames   other names, per language (acronyms apart)
 * @param description  what it does
 * @param parent       the organisation it is a unit or sub-organisation of (required for units)
 * @param country      the country it belongs to, in GeoNames
 * @param identifiers  identifiers in other registers (Wikidata, OGP member codes…)
 * @param homepage     its web site, an absolute http(s) URL
 * @param memberStatus for OGP members, from the {@value Schemes#MEMBER_STATUS} code list
 * @param funders      for a programme or project, the organisations that fund it
 * @param implementers for a programme or project, the organisations that carry it out
 */
public record Organisation(Id id, OrganisationKind kind, Text name, Set<LangString> acronyms,
                           Set<LangString> otherNames, Optional<Text> description, Optional<Id> parent,
                           Optional<GeoName> country, Set<Identifier> identifiers, Optional<String> homepage,
                           Optional<Code> memberStatus, Set<Id> funders, Set<Id> implementers) {

    public Organisation {
        Checks.kind(id, Kind.ORGANISATION, "id");
        Checks.required(kind, "kind");
        Checks.required(name, "name");
        acronyms = Checks.sortedSet(acronyms, "acronyms");
        otherNames = Checks.sortedSet(otherNames, "otherNames");
        for (LangString acronym : acronyms) {
            if (otherNames.contains(acronym)) {
                throw new IllegalArgumentException("'" + acronym.value() + "'@" + acronym.language()
                        + " is given both as an acronym and as another name; keep it as an acronym");
            }
        }
        description = Checks.optional(description);
        parent = Checks.kind(parent, Kind.ORGANISATION, "parent");
        if (kind == OrganisationKind.UNIT && parent.isEmpty()) {
            throw new IllegalArgumentException("parent is required for a unit: name the organisation it belongs to");
        }
        if (parent.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("parent must not be the organisation itself");
        }
        country = Checks.optional(country);
        identifiers = Checks.sortedSet(identifiers, "identifiers");
        homepage = Urls.optional(homepage, "homepage");
        memberStatus = Checks.optional(memberStatus);
        memberStatus.ifPresent(s -> s.requireScheme(Schemes.MEMBER_STATUS, false, "memberStatus"));
        if (memberStatus.isPresent() && kind != OrganisationKind.OGP_MEMBER) {
            throw new IllegalArgumentException("memberStatus is only for OGP members, not a " + kind);
        }
        funders = Checks.kinds(funders, Kind.ORGANISATION, "funders");
        implementers = Checks.kinds(implementers, Kind.ORGANISATION, "implementers");
    }

    /** A builder for organisation {@code id} of {@code kind} named {@code name}. */
    public static Builder builder(Id id, OrganisationKind kind, Text name) {
        return new Builder(id, kind, name);
    }

    /** Builds an {@link Organisation}. */
    public static final class Builder {
        private final Id id;
        private final OrganisationKind kind;
        private final Text name;
        private final List<LangString> acronyms = new ArrayList<>();
        private final List<LangString> otherNames = new ArrayList<>();
        private Text description;
        private Id parent;
        private GeoName country;
        private final List<Identifier> identifiers = new ArrayList<>();
        private String homepage;
        private Code memberStatus;
        private final List<Id> funders = new ArrayList<>();
        private final List<Id> implementers = new ArrayList<>();

        private Builder(Id id, OrganisationKind kind, Text name) {
            this.id = id;
            this.kind = kind;
            this.name = name;
        }

        public Builder acronym(String value, String language) {
            acronyms.add(LangString.of(value, language));
            return this;
        }

        public Builder acronyms(Collection<LangString> values) {
            acronyms.addAll(values);
            return this;
        }

        public Builder otherNames(Collection<LangString> values) {
            otherNames.addAll(values);
            return this;
        }

        public Builder description(Text description) {
            this.description = description;
            return this;
        }

        public Builder parent(Id parent) {
            this.parent = parent;
            return this;
        }

        public Builder country(GeoName country) {
            this.country = country;
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

        public Builder homepage(String url) {
            this.homepage = url;
            return this;
        }

        public Builder memberStatus(Code status) {
            this.memberStatus = status;
            return this;
        }

        public Builder funders(Collection<Id> ids) {
            funders.addAll(ids);
            return this;
        }

        public Builder implementers(Collection<Id> ids) {
            implementers.addAll(ids);
            return this;
        }

        public Organisation build() {
            return new Organisation(id, kind, name, new HashSet<>(acronyms), new HashSet<>(otherNames),
                    Optional.ofNullable(description), Optional.ofNullable(parent), Optional.ofNullable(country),
                    new HashSet<>(identifiers), Optional.ofNullable(homepage), Optional.ofNullable(memberStatus),
                    new HashSet<>(funders), new HashSet<>(implementers));
        }
    }
}
