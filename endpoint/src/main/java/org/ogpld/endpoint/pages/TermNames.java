package org.ogpld.endpoint.pages;

import java.util.Locale;
import org.apache.jena.graph.Node;
import org.ogpld.vocab.Vocab;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of vocabulary terms that the OGP-LD vocabulary uses but does not label in every language (schema.org,
 * Dublin Core, ORG, FOAF...), from the messages as {@code term.<prefix>.<name>}, e.g. {@code term.schema.name}.
 */
@Component
public class TermNames {

    private final MessageSource messages;

    TermNames(MessageSource messages) {
        this.messages = messages;
    }

    /** Labels in {@code language} that fall back to these names for terms. */
    public Labels labels(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new Labels(language, term -> name(term, locale));
    }

    /** The name of {@code term} in {@code locale}, or {@code null} when the messages have none. */
    String name(Node term, Locale locale) {
        if (!term.isURI()) {
            return null;
        }
        String prefixed = Vocab.prefixes().shortForm(term.getURI());
        if (prefixed.equals(term.getURI())) {
            return null;
        }
        return messages.getMessage("term." + prefixed.replace(':', '.'), null, null, locale);
    }
}
