package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the SEMIC Core Public Event and Core Public Organisation vocabularies, {@code
 * http://data.europa.eu/m8g/} (prefix {@code cv}): only the terms OGP-LD uses.
 */
public final class CV {

    /** The namespace. */
    public static final String NS = "http://data.europa.eu/m8g/";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** The way an agent takes part in a public event, qualified by a role. */
    public static final Resource Participation = resource("Participation");

    /** A public event organised or funded by a public body. */
    public static final Resource PublicEvent = resource("PublicEvent");

    /** An organisation defined by public law, or under the control of a public body. */
    public static final Resource PublicOrganisation = resource("PublicOrganisation");

    /** Links a participation to the agent that takes part. */
    public static final Property hasParticipant = property("hasParticipant");

    /** Links a public event to a participation in it. */
    public static final Property hasParticipation = property("hasParticipation");

    /** The role of a participation, a SKOS concept (for us, a participant category). */
    public static final Property role = property("role");

    private CV() {
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
