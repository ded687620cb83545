package org.ogpld.model.imports.popolo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;
import org.ogpld.model.OrganisationKind;
import org.ogpld.model.Organisation;
import org.ogpld.model.Person;
import org.ogpld.model.Text;

/** Reads Popolo persons and organizations. */
final class AgentReader {

    private static final Set<String> HOMEPAGE_NOTES = Set.of("website", "homepage", "home page", "official website");

    private final Reading reading;

    AgentReader(Reading reading) {
        this.reading = reading;
    }

    Optional<Person> person(Source s, Id id) {
        Optional<String> name = s.required("name");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<Naming.OtherName> others = reading.otherNames(s);
        String language = reading.naming().languageOf(name.get(), others);
        Naming.Names names = reading.naming().names(name.get(), others);
        Person.Builder person = Person.builder(id, names.name())
                .otherNames(names.others())
                .identifiers(reading.identifiers(s, s.text("id")));
        s.text("given_name").map(v -> Text.of(language, v)).ifPresent(person::givenName);
        s.text("family_name").map(v -> Text.of(language, v)).ifPresent(person::familyName);
        s.text("patronymic_name").map(v -> Text.of(language, v)).ifPresent(person::patronymicName);
        s.text("honorific_prefix").map(v -> Text.of(language, v)).ifPresent(person::honorificPrefix);
        s.date("birth_date").ifPresent(person::birthDate);
        s.date("death_date").ifPresent(person::deathDate);
        s.text("gender").ifPresent(person::gender);
        personFacts(s, id);
        return build(s, person::build);
    }

    private void personFacts(Source s, Id id) {
        s.text("email").ifPresent(e -> reading.fact(new Fact.Link(id, PopoloTerms.email, "mailto:" + e)));
        s.text("summary").ifPresent(v -> reading.fact(new Fact.Plain(id, PopoloTerms.olb, v)));
        s.text("biography").ifPresent(v -> reading.fact(new Fact.Plain(id, PopoloTerms.biography, v)));
        s.text("national_identity").ifPresent(v -> reading.fact(new Fact.Plain(id, PopoloTerms.nationalIdentity, v)));
        s.text("honorific_suffix").ifPresent(v -> reading.fact(new Fact.Plain(id, PopoloTerms.honorificSuffix, v)));
        s.text("additional_name").ifPresent(v -> reading.fact(new Fact.Plain(id, PopoloTerms.additionalName, v)));
        s.text("sort_name").ifPresent(v -> reading.fact(new Fact.Plain(id, PopoloTerms.sortName, v)));
        reading.commonFields(s, id);
    }

    Optional<Organisation> organisation(Source s, Id id) {
        Optional<String> name = s.required("name");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<Naming.OtherName> others = reading.otherNames(s);
        Naming.Names names = reading.naming().names(name.get(),
                others.stream().filter(o -> !o.isAcronym()).toList());
        Optional<Id> parent = reading.ref(s, "parent_id", Kind.ORGANISATION).filter(p -> !p.equals(id));
        Optional<String> classification = s.text("classification");
        OrganisationKind kind = classification.map(c -> OrganisationKinds.of(c, parent.isPresent()))
                .orElse(OrganisationKind.FORMAL_ORGANISATION);
        Organisation.Builder organisation = Organisation.builder(id, kind, names.name())
                .otherNames(names.others())
                .acronyms(others.stream().filter(Naming.OtherName::isAcronym).map(o -> org.ogpld.model.LangString.of(
                        o.name(), o.language().orElse("und"))).toList())
                .identifiers(reading.identifiers(s, s.text("id")));
        parent.ifPresent(organisation::parent);
        homepage(s).ifPresent(organisation::homepage);
        classification.ifPresent(c -> reading.fact(new Fact.Labelled(id, ORG.classification, "classification",
                SKOS.Concept, c)));
        s.date("founding_date").ifPresent(d -> reading.fact(new Fact.Dated(id, PopoloTerms.foundingDate, d)));
        s.date("dissolution_date").ifPresent(d -> reading.fact(new Fact.Dated(id, PopoloTerms.dissolutionDate, d)));
        reading.ref(s, "area_id", Kind.PLACE).ifPresent(a -> reading.fact(new Fact.Ref(id, PopoloTerms.area, a)));
        reading.commonFields(s, id);
        return build(s, organisation::build);
    }

    /** The first link whose note says it is the organisation's web site. */
    private Optional<String> homepage(Source s) {
        return s.array("links").stream()
                .filter(link -> link.text("note").map(n -> HOMEPAGE_NOTES.contains(n.toLowerCase(Locale.ROOT)))
                        .orElse(false))
                .flatMap(link -> reading.url(link, "url").stream())
                .filter(url -> url.startsWith("http://") || url.startsWith("https://"))
                .findFirst();
    }

    /** Builds the record, reporting what its constructor refuses. */
    static <T> Optional<T> build(Source s, java.util.function.Supplier<T> builder) {
        try {
            return Optional.of(builder.get());
        } catch (IllegalArgumentException e) {
            s.problem(null, null, e.getMessage());
            return Optional.empty();
        }
    }
}
