package org.ogpld.model.publish;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.shared.PrefixMapping;
import org.ogpld.model.Id;
import org.ogpld.model.Iris;
import org.ogpld.model.Problem;
import org.ogpld.model.authoring.Authored;

/**
 * Turns an RDF resource that a check found fault with into a {@link Problem} path: the authoring path and line of
 * the resource when the publication was authored, else its id ({@code event/round-table}); parts of a resource
 * ({@code #talk-3}) become the authoring field they were written in ({@code .talks[2]}).
 */
final class Locator {

    private static final Pattern INDEXED = Pattern.compile("(talk|milestone|claim)-(\\d+)");

    private final Iris iris;
    private final Optional<Authored> authored;
    private final PrefixMapping prefixes;
    private final Map<Id, String> origins;

    Locator(Iris iris, Optional<Authored> authored, PrefixMapping prefixes) {
        this(iris, authored, prefixes, Map.of());
    }

    /** With {@code origins}: where in an imported source each resource came from, used instead of its id. */
    Locator(Iris iris, Optional<Authored> authored, PrefixMapping prefixes, Map<Id, String> origins) {
        this.iris = iris;
        this.authored = authored;
        this.prefixes = prefixes;
        this.origins = Map.copyOf(origins);
    }

    Problem at(String iri, Optional<String> property, String message) {
        int hash = iri.indexOf('#');
        String owner = hash < 0 ? iri : iri.substring(0, hash);
        String detail = hash < 0 ? "" : part(iri.substring(hash + 1));
        Optional<Id> id = iris.id(owner);
        String where = property.map(p -> " (" + prefixes.shortForm(p) + ")").orElse("");
        String text = message.contains(property.map(prefixes::shortForm).orElse("\u0000")) ? message
                : message + where;
        if (authored.isPresent() && id.isPresent()) {
            return authored.get().problem(id, detail, text);
        }
        String path = id.map(i -> origins.getOrDefault(i, i.path())).orElse(
                iri.startsWith(iris.base() + "graph/") ? "publication" : "<" + iri + ">");
        Problem problem = Problem.at(path + detail, text);
        return authored.map(a -> problem.in(a.file(), 1, 1)).orElse(problem);
    }

    private static String part(String part) {
        Matcher m = INDEXED.matcher(part);
        if (m.lookingAt()) {
            String list = m.group(1).equals("claim") ? "claims" : m.group(1) + "s";
            return "." + list + "[" + (Integer.parseInt(m.group(2)) - 1) + "]" + part.substring(m.end());
        }
        if (part.startsWith("participation-")) {
            return ".participations[" + part.substring("participation-".length()) + "]";
        }
        if (part.startsWith("irm-assessment")) {
            return ".assessment" + part.substring("irm-assessment".length());
        }
        if (part.startsWith("address") || part.startsWith("during")) {
            return "." + part;
        }
        return "#" + part;
    }
}
