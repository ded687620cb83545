package org.ogpld.model.rdf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Map;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/** Dates to and from XML Schema typed literals. */
final class Literals {

    private static final Map<Class<?>, RDFDatatype> TYPES = Map.of(
            LocalDate.class, XSDDatatype.XSDdate,
            YearMonth.class, XSDDatatype.XSDgYearMonth,
            Year.class, XSDDatatype.XSDgYear,
            OffsetDateTime.class, XSDDatatype.XSDdateTime);

    private Literals() {
    }

    static Literal of(Temporal value) {
        RDFDatatype type = TYPES.get(value.getClass());
        String lexical = value instanceof OffsetDateTime dt
                ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dt) : value.toString();
        return ResourceFactory.createTypedLiteral(lexical, type);
    }

    /** Whether {@code literal} is a date of one of the four supported precisions. */
    static boolean isTemporal(Literal literal) {
        return TYPES.containsValue(literal.getDatatype());
    }

    /**
     * Parses a date literal.
     *
     * @throws IllegalArgumentException if the datatype is not supported or the lexical form is wrong
     */
    static Temporal temporal(Literal literal) {
        String lexical = literal.getLexicalForm();
        String type = literal.getDatatypeURI();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(type)) {
                return LocalDate.parse(lexical);
            }
            if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
                return YearMonth.parse(lexical);
            }
            if (XSDDatatype.XSDgYear.getURI().equals(type)) {
                return Year.parse(lexical);
            }
            if (XSDDatatype.XSDdateTime.getURI().equals(type)) {
                return OffsetDateTime.parse(lexical);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + lexical + "' is not a valid " + type, e);
        }
        throw new IllegalArgumentException("expected xsd:date, xsd:gYearMonth, xsd:gYear or xsd:dateTime with an "
                + "offset, not " + literal);
    }
}
