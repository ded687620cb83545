package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the W3C ISA Person vocabulary, {@code http://www.w3.org/ns/person#} (prefix {@code person}): only
 * the terms OGP-LD uses.
 */
public final class PERSON {

    /** The namespace. */
    public static final String NS = "http://www.w3.org/ns/person#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** A natural person. */
    public static final Resource Person = resource("Person");

    /** A name derived from the father's (or an ancestor's) given name, such as an Azerbaijani ata adı. */
    public static final Property patronymicName = property("patronymicName");

    private PERSON() {
    }

    /** Returns the namespace, {@link #NS}. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
