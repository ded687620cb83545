package org.ogpld.model.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.Person;
import org.ogpld.vocab.PERSON;

/** {@link Person} ⇄ {@code person:Person} with FOAF names, {@code schema:honorificPrefix} and identifiers. */
public final class PersonMapping {

    private final Iris iris;

    public PersonMapping(Iris iris) {
        this.iris = iris;
    }

    public void write(Person p, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(p.id());
        out.types(s, PERSON.Person, FOAF.Person);
        out.text(s, FOAF.name, p.name());
        out.text(s, FOAF.givenName, p.givenName());
        out.text(s, FOAF.familyName, p.familyName());
        out.text(s, PERSON.patronymicName, p.patronymicName());
        out.text(s, Terms.honorificPrefix, p.honorificPrefix());
        out.strings(s, SKOS.altLabel, p.otherNames());
        out.date(s, Terms.birthDate, p.birthDate());
        out.date(s, Terms.deathDate, p.deathDate());
        out.plain(s, FOAF.gender, p.gender());
        IdentifierMapping.write(p.identifiers(), s, out);
    }

    public Person read(Resource s) {
        RdfIn in = new RdfIn(iris);
        Person.Builder p = Person.builder(in.id(s, Kind.PERSON), in.text(s, FOAF.name))
                .givenName(in.optionalText(s, FOAF.givenName).orElse(null))
                .familyName(in.optionalText(s, FOAF.familyName).orElse(null))
                .patronymicName(in.optionalText(s, PERSON.patronymicName).orElse(null))
                .honorificPrefix(in.optionalText(s, Terms.honorificPrefix).orElse(null))
                .otherNames(in.langStrings(s, SKOS.altLabel))
                .birthDate(in.date(s, Terms.birthDate).orElse(null))
                .deathDate(in.date(s, Terms.deathDate).orElse(null))
                .gender(in.string(s, FOAF.gender).orElse(null))
                .identifiers(IdentifierMapping.read(s, in));
        return RdfIn.construct(s, p::build);
    }
}
