package org.ogpld.model.rdf;

import java.util.Optional;

/**
 * RDF that cannot be read back into records: a required property is missing, a value has the wrong form, or an IRI
 * is not one of ours. The message names the subject and the property.
 */
public class MappingException extends RuntimeException {

    private final String subject;
    private final String property;

    public MappingException(String subject, String property, String message) {
        super("<" + subject + ">" + (property == null ? "" : " <" + property + ">") + ": " + message);
        this.subject = subject;
        this.property = property;
    }

    /** The IRI of the resource being read. */
    public String subject() {
        return subject;
    }

    /** The IRI of the property being read, if the problem is with one property. */
    public Optional<String> property() {
        return Optional.ofNullable(property);
    }
}
