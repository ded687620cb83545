package org.ogpld.model.imports.popolo;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.ogpld.vocab.SCHEMA;

/**
 * The terms Popolo's own RDF serialisation uses for what OGP-LD's records have no field for; the importer's
 * supplement reuses them (with schema.org in its canonical https namespace).
 */
final class PopoloTerms {

    static final String OPENGOV = "http://www.w3.org/ns/opengov#";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String BIO = "http://purl.org/vocab/bio/0.1/";
    static final String CONTACT = "http://www.w3.org/2000/10/swap/pim/contact#";

    static final Property contactDetail = property(OPENGOV, "contactDetail");
    static final Property post = property(OPENGOV, "post");
    static final Property onBehalfOf = property(OPENGOV, "onBehalfOf");
    static final Property area = property(OPENGOV, "area");
    static final Property nationalIdentity = property(OPENGOV, "nationalIdentity");
    static final Property olb = property(BIO, "olb");
    static final Property biography = property(BIO, "biography");
    static final Property sortName = property(CONTACT, "sortName");
    static final Property email = property(SCHEMA.NS, "email");
    static final Property image = property(SCHEMA.NS, "image");
    static final Property honorificSuffix = property(SCHEMA.NS, "honorificSuffix");
    static final Property additionalName = property(SCHEMA.NS, "additionalName");
    static final Property foundingDate = property(SCHEMA.NS, "foundingDate");
    static final Property dissolutionDate = property(SCHEMA.NS, "dissolutionDate");
    static final Property validFrom = property(SCHEMA.NS, "validFrom");
    static final Property validUntil = property(SCHEMA.NS, "validUntil");
    static final Property attendee = property(SCHEMA.NS, "attendee");
    static final Property superEvent = property(SCHEMA.NS, "superEvent");
    static final Property eventStatus = property(SCHEMA.NS, "eventStatus");
    static final Property containedInPlace = property(SCHEMA.NS, "containedInPlace");
    static final Resource Role = ResourceFactory.createResource("http://www.w3.org/ns/org#Role");

    private PopoloTerms() {
    }

    private static Property property(String namespace, String local) {
        return ResourceFactory.createProperty(namespace, local);
    }
}
