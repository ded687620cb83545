package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the W3C ISA Location Core vocabulary, {@code http://www.w3.org/ns/locn#} (prefix {@code locn}):
 * only the terms OGP-LD uses.
 */
public final class LOCN {

    /** The namespace. */
    public static final String NS = "http://www.w3.org/ns/locn#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** A postal address. */
    public static final Resource Address = resource("Address");

    /** Links a place or agent to its address. */
    public static final Property address = property("address");

    /** The country of an address. */
    public static final Property adminUnitL1 = property("adminUnitL1");

    /** The region, province or district of an address. */
    public static final Property adminUnitL2 = property("adminUnitL2");

    /** The complete address as one formatted text. */
    public static final Property fullAddress = property("fullAddress");

    /** The house number or other locator of an address. */
    public static final Property locatorDesignator = property("locatorDesignator");

    /** The postal code of an address. */
    public static final Property postCode = property("postCode");

    /** The city or town of an address. */
    public static final Property postName = property("postName");

    /** The street or other thoroughfare of an address. */
    public static final Property thoroughfare = property("thoroughfare");

    private LOCN() {
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
