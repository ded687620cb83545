package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the P-Plan ontology of plans and their steps, {@code http://purl.org/net/p-plan#} (prefix {@code
 * p-plan}): only the terms OGP-LD uses.
 */
public final class PPLAN {

    /** The namespace. */
    public static final String NS = "http://purl.org/net/p-plan#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** A plan: a set of steps meant to achieve some goal. */
    public static final Resource Plan = resource("Plan");

    /** A planned activity within a plan. */
    public static final Resource Step = resource("Step");

    /** Links a step to the plan it belongs to. */
    public static final Property isStepOfPlan = property("isStepOfPlan");

    private PPLAN() {
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
