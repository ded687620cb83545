package org.ogpld.endpoint.pages;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Typed literals as a reader of the page's language writes them: dates ({@code 13 iyul 2017}, {@code 13 July 2017}),
 * whole numbers with the language's grouping, and booleans as words; also a plain string that is only ISO dates
 * joined by commas (what a query's {@code GROUP_CONCAT} of dates gives). Anything else, or a value that is not valid
 * for its type, is shown as written.
 */
final class LiteralText {

    /** Dates a page's query joined into one string ({@code GROUP_CONCAT}), as the event table's "2017-07-13, ...". */
    private static final java.util.regex.Pattern JOINED_DATES =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}(, \\d{4}-\\d{2}-\\d{2})*");

    private LiteralText() {}

    static String of(Node literal, String language) {
        String lexical = literal.getLiteralLexicalForm();
        String type = literal.getLiteralDatatypeURI();
        Locale locale = Locale.forLanguageTag(language);
        try {
            if (XSDDatatype.XSDstring.getURI().equals(type) && JOINED_DATES.matcher(lexical).matches()) {
                return java.util.Arrays.stream(lexical.split(", "))
                        .map(date -> LocalDate.parse(date).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)))
                        .collect(java.util.stream.Collectors.joining(", "));
            }
            if (XSDDatatype.XSDdate.getURI().equals(type)) {
                return LocalDate.parse(lexical).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
            }
            if (XSDDatatype.XSDdateTime.getURI().equals(type)) {
                return OffsetDateTime.parse(lexical).format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale));
            }
            if (XSDDatatype.XSDinteger.getURI().equals(type)
                    || XSDDatatype.XSDnonNegativeInteger.getURI().equals(type)) {
                return NumberFormat.getIntegerInstance(locale).format(Long.parseLong(lexical));
            }
            if (XSDDatatype.XSDboolean.getURI().equals(type)) {
                boolean value = lexical.equals("true") || lexical.equals("1");
                return "az".equals(language) ? (value ? "bəli" : "xeyr") : (value ? "yes" : "no");
            }
        } catch (DateTimeParseException | NumberFormatException ex) {
            return lexical;
        }
        return lexical;
    }
}
