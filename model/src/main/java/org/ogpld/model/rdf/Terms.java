package org.ogpld.model.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.ogpld.vocab.SCHEMA;
import org.ogpld.vocab.TIME;

/**
 * Standard terms the mapping uses that neither Jena nor {@code org.ogpld.vocab} has constants for.
 */
final class Terms {

    static final Resource Report = ResourceFactory.createResource(SCHEMA.NS + "Report");
    static final Resource CreativeWork = ResourceFactory.createResource(SCHEMA.NS + "CreativeWork");
    static final Resource Dataset = ResourceFactory.createResource(SCHEMA.NS + "Dataset");
    static final Resource GovernmentBuilding = ResourceFactory.createResource(SCHEMA.NS + "GovernmentBuilding");
    static final Property honorificPrefix = ResourceFactory.createProperty(SCHEMA.NS, "honorificPrefix");
    static final Property birthDate = ResourceFactory.createProperty(SCHEMA.NS, "birthDate");
    static final Property deathDate = ResourceFactory.createProperty(SCHEMA.NS, "deathDate");
    static final Property keywords = ResourceFactory.createProperty(SCHEMA.NS, "keywords");
    static final Property creativeWorkStatus = ResourceFactory.createProperty(SCHEMA.NS, "creativeWorkStatus");

    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final Resource Identifier = ResourceFactory.createResource(ADMS + "Identifier");
    static final Property identifier = ResourceFactory.createProperty(ADMS, "identifier");
    static final Property schemeAgency = ResourceFactory.createProperty(ADMS, "schemeAgency");

    static final Property inXSDgYearMonth = ResourceFactory.createProperty(TIME.NS, "inXSDgYearMonth");
    static final Property inXSDgYear = ResourceFactory.createProperty(TIME.NS, "inXSDgYear");
    static final Property inXSDDateTimeStamp = ResourceFactory.createProperty(TIME.NS, "inXSDDateTimeStamp");

    static final Property provValue = ResourceFactory.createProperty("http://www.w3.org/ns/prov#", "value");

    /** The EU Publications Office language authority, whose IRIs {@code dct:language} takes. */
    static final String LANGUAGE_AUTHORITY = "http://publications.europa.eu/resource/authority/language/";

    /** The draft status of a document. */
    static final String DRAFT = "Draft";

    private Terms() {
    }
}
