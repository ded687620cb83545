package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the W3C PROV-O provenance ontology, {@code http://www.w3.org/ns/prov#} (prefix {@code prov}): only
 * the terms OGP-LD uses.
 */
public final class PROV {

    /** The namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** Something that occurs over a period of time and acts upon or with entities. */
    public static final Resource Activity = resource("Activity");

    /** Something that bears responsibility for an activity or an entity. */
    public static final Resource Agent = resource("Agent");

    /** A thing with some fixed aspects, physical, digital or conceptual. */
    public static final Resource Entity = resource("Entity");

    /** When an activity ended. */
    public static final Property endedAtTime = property("endedAtTime");

    /** When an entity was generated. */
    public static final Property generatedAtTime = property("generatedAtTime");

    /** Links an entity to the primary source it was derived from. */
    public static final Property hadPrimarySource = property("hadPrimarySource");

    /** When an activity started. */
    public static final Property startedAtTime = property("startedAtTime");

    /** Links an entity to the agent responsible for it. */
    public static final Property wasAttributedTo = property("wasAttributedTo");

    /** Links an entity to the entity it was derived from. */
    public static final Property wasDerivedFrom = property("wasDerivedFrom");

    /** Links an entity to the activity that generated it. */
    public static final Property wasGeneratedBy = property("wasGeneratedBy");

    private PROV() {
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
