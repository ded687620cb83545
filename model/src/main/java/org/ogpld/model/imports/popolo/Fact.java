package org.ogpld.model.imports.popolo;

import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.ogpld.model.DateValue;
import org.ogpld.model.Id;

/** One statement of the Popolo supplement, about a resource of the publication. */
sealed interface Fact {

    /** The resource the fact is about. */
    Id subject();

    /** {@code subject property <iri>}: links, images, sources, e-mail addresses. */
    record Link(Id subject, Property property, String iri) implements Fact {
    }

    /** {@code subject property object}, between two resources of the publication. */
    record Ref(Id subject, Property property, Id object) implements Fact {
    }

    /** {@code subject property "text"}, a plain string (Popolo gives it no language). */
    record Plain(Id subject, Property property, String text) implements Fact {
    }

    /** {@code subject property date}, typed by its precision. */
    record Dated(Id subject, Property property, DateValue date) implements Fact {
    }

    /**
     * {@code subject property <{subject}#{part}>}, a node of {@code type} labelled {@code label}: a Popolo role
     * ({@code org:Role}) or classification ({@code skos:Concept}).
     */
    record Labelled(Id subject, Property property, String part, Resource type, String label) implements Fact {
    }

    /** A Popolo contact detail of the subject, the {@code n}th. */
    record Contact(Id subject, int n, String type, Optional<String> label, String value, Optional<String> note,
                   Optional<DateValue> validFrom, Optional<DateValue> validUntil) implements Fact {
    }
}
