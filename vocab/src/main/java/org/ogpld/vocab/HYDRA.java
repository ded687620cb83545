package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the W3C Hydra Core vocabulary for hypermedia APIs, {@code http://www.w3.org/ns/hydra/core#} (prefix
 * {@code hydra}): only the terms OGP-LD uses.
 */
public final class HYDRA {

    /** The namespace. */
    public static final String NS = "http://www.w3.org/ns/hydra/core#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** A collection of resources. */
    public static final Resource Collection = resource("Collection");

    /** One page of a collection. */
    public static final Resource PartialCollectionView = resource("PartialCollectionView");

    /** The first page of a collection. */
    public static final Property first = property("first");

    /** The last page of a collection. */
    public static final Property last = property("last");

    /** A member of a collection. */
    public static final Property member = property("member");

    /** The next page of a collection. */
    public static final Property next = property("next");

    /** The previous page of a collection. */
    public static final Property previous = property("previous");

    /** The number of members of a collection. */
    public static final Property totalItems = property("totalItems");

    /** Links a collection to a page of it. */
    public static final Property view = property("view");

    private HYDRA() {
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
