package org.ogpld.model.jsonld;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.XSD;

/**
 * A property key of the output with the coercion the OGP-LD context gives it: a term of the context, or a compact
 * IRI (no coercion) for a property without one.
 *
 * @param name     the key to write
 * @param coercion what the key turns a plain JSON string into
 * @param datatype the datatype IRI of a {@link Coercion#DATATYPE} term, else null
 */
record Term(String name, Coercion coercion, String datatype) {

    /** What a term turns a plain JSON string into. */
    enum Coercion {
        /** An {@code xsd:string} literal. */
        NONE,
        /** {@code "@type": "@id"}: an IRI or blank node. */
        ID,
        /** {@code "@type": datatype}: a literal of the datatype. */
        DATATYPE,
        /** {@code "@container": "@language"}: the values are a map from language tags (or {@code @none}) to strings. */
        LANGUAGE_MAP
    }

    /** Whether {@code value} can be written under this key as a plain JSON string. */
    boolean takesAsString(Node value) {
        return switch (coercion) {
            case NONE -> value.isLiteral() && XSD.xstring.getURI().equals(value.getLiteralDatatypeURI());
            case ID -> !value.isLiteral();
            case DATATYPE -> value.isLiteral() && datatype.equals(value.getLiteralDatatypeURI());
            case LANGUAGE_MAP -> false;
        };
    }

    /** Whether this key can hold {@code value}: a language map only holds what {@link #fitsLanguageMap} says. */
    boolean holds(Node value) {
        return coercion != Coercion.LANGUAGE_MAP || fitsLanguageMap(value);
    }

    /**
     * Whether {@code value} can go in a language map: a language-tagged string without a base direction (under its
     * tag) or an {@code xsd:string} (under {@code @none}); nothing else has a place there.
     */
    static boolean fitsLanguageMap(Node value) {
        return value.isLiteral() && value.getLiteralBaseDirection() == null
                && (!value.getLiteralLanguage().isEmpty() || XSD.xstring.getURI().equals(value.getLiteralDatatypeURI()));
    }
}
