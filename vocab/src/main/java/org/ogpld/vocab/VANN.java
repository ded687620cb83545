package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the VANN vocabulary for annotating vocabulary descriptions, {@code http://purl.org/vocab/vann/}
 * (prefix {@code vann}): only the terms OGP-LD uses.
 */
public final class VANN {

    /** The namespace. */
    public static final String NS = "http://purl.org/vocab/vann/";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** The preferred prefix of a vocabulary's namespace. */
    public static final Property preferredNamespacePrefix = property("preferredNamespacePrefix");

    /** The preferred namespace IRI of a vocabulary. */
    public static final Property preferredNamespaceUri = property("preferredNamespaceUri");

    private VANN() {
    }

    /** Returns the namespace, {@link #NS}. */
    public static String getURI() {
        return NS;
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
