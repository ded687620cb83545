package org.ogpld.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Constants for the schema.org vocabulary, {@code https://schema.org/} (prefix {@code schema}): the terms OGP-LD
 * uses, taken from Jena's complete {@link SchemaDO} so that both always name the same IRIs.
 */
public final class SCHEMA {

    /** The namespace. */
    public static final String NS = SchemaDO.NS;

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** An event happening at a certain time and place. */
    public static final Resource Event = SchemaDO.Event;

    /** A hotel. */
    public static final Resource Hotel = SchemaDO.Hotel;

    /** A non-governmental organisation. */
    public static final Resource NGO = SchemaDO.NGO;

    /** A news article, such as a press release. */
    public static final Resource NewsArticle = SchemaDO.NewsArticle;

    /** An entity with a physical extension. */
    public static final Resource Place = SchemaDO.Place;

    /** The subject matter of a thing. */
    public static final Property about = SchemaDO.about;

    /** Another name of a thing, such as a short title. */
    public static final Property alternateName = SchemaDO.alternateName;

    /** The place that contains this place, such as its city. */
    public static final Property containedInPlace = SchemaDO.containedInPlace;

    /** The end date (and time) of an event or period. */
    public static final Property endDate = SchemaDO.endDate;

    /** Someone who funds a thing. */
    public static final Property funder = SchemaDO.funder;

    /** Where an event takes place. */
    public static final Property location = SchemaDO.location;

    /** The name of a thing. */
    public static final Property name = SchemaDO.name;

    /** An organiser of an event. */
    public static final Property organizer = SchemaDO.organizer;

    /** Someone who performs at an event, such as a speaker. */
    public static final Property performer = SchemaDO.performer;

    /** The position of an item in a series, such as the order of a talk. */
    public static final Property position = SchemaDO.position;

    /** The start date (and time) of an event or period. */
    public static final Property startDate = SchemaDO.startDate;

    /** An event that is part of this event, such as a talk of a round table. */
    public static final Property subEvent = SchemaDO.subEvent;

    /** The event this event is part of. */
    public static final Property superEvent = SchemaDO.superEvent;

    /** The URL of a thing. */
    public static final Property url = SchemaDO.url;

    private SCHEMA() {
    }

    /** Returns the namespace, {@link #NS}. */
    public static String getURI() {
        return NS;
    }
}
