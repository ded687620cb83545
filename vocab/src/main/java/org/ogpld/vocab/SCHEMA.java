package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the schema.org vocabulary, in its canonical {@code https:} form (Jena's {@code SchemaDO} uses
 * {@code http:}), {@code https://schema.org/} (prefix {@code schema}): only the terms OGP-LD uses.
 */
public final class SCHEMA {

    /** The namespace. */
    public static final String NS = "https://schema.org/";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** An event happening at a certain time and place. */
    public static final Resource Event = resource("Event");

    /** A hotel. */
    public static final Resource Hotel = resource("Hotel");

    /** A non-governmental organisation. */
    public static final Resource NGO = resource("NGO");

    /** A news article, such as a press release. */
    public static final Resource NewsArticle = resource("NewsArticle");

    /** An entity with a physical extension. */
    public static final Resource Place = resource("Place");

    /** The subject matter of a thing. */
    public static final Property about = property("about");

    /** Another name of a thing, such as a short title. */
    public static final Property alternateName = property("alternateName");

    /** The place that contains this place, such as its city. */
    public static final Property containedInPlace = property("containedInPlace");

    /** A description of a thing. */
    public static final Property description = property("description");

    /** The end date (and time) of an event or period. */
    public static final Property endDate = property("endDate");

    /** Someone who funds a thing. */
    public static final Property funder = property("funder");

    /** Where an event takes place. */
    public static final Property location = property("location");

    /** The name of a thing. */
    public static final Property name = property("name");

    /** An organiser of an event. */
    public static final Property organizer = property("organizer");

    /** Someone who performs at an event, such as a speaker. */
    public static final Property performer = property("performer");

    /** The position of an item in a series, such as the order of a talk. */
    public static final Property position = property("position");

    /** The start date (and time) of an event or period. */
    public static final Property startDate = property("startDate");

    /** An event that is part of this event, such as a talk of a round table. */
    public static final Property subEvent = property("subEvent");

    /** The event this event is part of. */
    public static final Property superEvent = property("superEvent");

    /** The URL of a thing. */
    public static final Property url = property("url");

    private SCHEMA() {
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
