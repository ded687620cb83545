package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the W3C RDF Data Cube vocabulary, {@code http://purl.org/linked-data/cube#} (prefix {@code qb}):
 * only the terms OGP-LD uses.
 */
public final class QB {

    /** The namespace. */
    public static final String NS = "http://purl.org/linked-data/cube#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** A component property whose values come from a code list. */
    public static final Resource CodedProperty = resource("CodedProperty");

    /** The use of one component property in a data structure definition. */
    public static final Resource ComponentSpecification = resource("ComponentSpecification");

    /** A collection of observations that share a structure. */
    public static final Resource DataSet = resource("DataSet");

    /** The structure of a data set: its dimensions, measures and attributes. */
    public static final Resource DataStructureDefinition = resource("DataStructureDefinition");

    /** A component property that identifies an observation. */
    public static final Resource DimensionProperty = resource("DimensionProperty");

    /** A component property that holds an observed value. */
    public static final Resource MeasureProperty = resource("MeasureProperty");

    /** A single observation in a data set: values of its dimensions and measures. */
    public static final Resource Observation = resource("Observation");

    /** The code list (a SKOS concept scheme) that a coded property draws its values from. */
    public static final Property codeList = property("codeList");

    /** Links a data structure definition to one of its component specifications. */
    public static final Property component = property("component");

    /** Links an observation to its data set. */
    public static final Property dataSet = property("dataSet");

    /** The dimension property of a component specification. */
    public static final Property dimension = property("dimension");

    /** The measure property of a component specification. */
    public static final Property measure = property("measure");

    /** The order of a component within its data structure definition. */
    public static final Property order = property("order");

    /** Links a data set to its data structure definition. */
    public static final Property structure = property("structure");

    private QB() {
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
