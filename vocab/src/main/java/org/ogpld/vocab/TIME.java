package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the W3C OWL-Time ontology, {@code http://www.w3.org/2006/time#} (prefix {@code time}): only the
 * terms OGP-LD uses.
 */
public final class TIME {

    /** The namespace. */
    public static final String NS = "http://www.w3.org/2006/time#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** A position on a time line. */
    public static final Resource Instant = resource("Instant");

    /** A temporal entity with an extent, such as the duration of a membership. */
    public static final Resource Interval = resource("Interval");

    /** The beginning of a temporal entity. */
    public static final Property hasBeginning = property("hasBeginning");

    /** The end of a temporal entity. */
    public static final Property hasEnd = property("hasEnd");

    /** The position of an instant as an {@code xsd:date}. */
    public static final Property inXSDDate = property("inXSDDate");

    private TIME() {
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
