package org.ogpld.model.imports.ogp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogpld.model.Slugs;

/**
 * Splits the free text of the Lead Institution and Supporting Institution(s) cells into institution names.
 * Semicolons, bullets and line breaks separate names, except where a line continues the one before (text wrapped in
 * the source): a line that starts with a small letter ("Institute for Co-operation / and Development"), a line
 * after one ending in a joining word or comma ("modernisation of the / Chamber of Deputies"), and, in a cell whose
 * names are marked with dashes or bullets, a line without a mark. A word broken by a hyphen ("Go- / vernment") is
 * joined. Commas separate names only when every part starts
 * with a capital letter or a digit, because commas also occur inside names ("Ministry of Local Government,
 * Decentralisation, and Rural Development"). Leading dashes and bullets and trailing full stops are dropped; a
 * name that repeats within the cell (same slug) is kept once. Cells that name no institution ({@code NA},
 * {@code N/A}, {@code None}, {@code Unclear}) give none. Enumeration marks ("(a)", "b)", "1.") are dropped like
 * bullets. A part that is a statement rather than a name ("Civil society entities interested in the initiative.",
 * "Government of the Republic of Croatia, upon the proposal by the Government Office…") is not an institution: it is
 * kept, as written, by {@link #statements(String)}.
 */
final class InstitutionNames {

    private static final Pattern LINES = Pattern.compile("\\r?\\n|\\r");
    private static final Pattern SEPARATORS = Pattern.compile("[;•]+");
    private static final Pattern MARKED = Pattern.compile("^\\s*([-–—•*·●\\uf06c]|\\(?[a-z0-9]{1,2}[.)])\\s*\\S");
    private static final Pattern JOINING_END = Pattern.compile(
            "(?i).*(\\s(of|the|and|for|on|in|to|at|de|del|la|las|los|el|y|e|et|du|des)|[,&(/-])$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern LEADING_MARKS = Pattern.compile("^([-–—*·•●\\uf06c\\s]|\\(?[a-z0-9]{1,2}[.)]\\s)+");
    /** Words that make a part a statement about who acts, not the name of an institution. */
    private static final Pattern STATEMENT = Pattern.compile(
            "(?iu).*\\b(upon|interested|participated|among other|which|that have|who|will|shall|consists?)\\b.*"
                    + "|.*\\p{Ll}[.] \\p{Lu}.*|\\S+(\\s+\\S+){20,}");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s.,:]+$");
    private static final Set<String> NONE = Set.of("na", "n/a", "none", "unclear", "not applicable", "nd", "nr");

    private InstitutionNames() {
    }

    /** The institution names in {@code cell}, in the order written. */
    static List<String> split(String cell) {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String part : SEPARATORS.split(joinedLines(cell))) {
            if (isStatement(part)) {
                continue;
            }
            for (String name : commaSeparated(clean(part))) {
                String cleaned = clean(name);
                if (!cleaned.isEmpty() && !NONE.contains(cleaned.toLowerCase(Locale.ROOT))) {
                    bySlug.putIfAbsent(Slugs.of(cleaned), cleaned);
                }
            }
        }
        return List.copyOf(bySlug.values());
    }

    /** The parts of {@code cell} that are statements, not names: kept as written (spaces tidied), in order. */
    static List<String> statements(String cell) {
        return java.util.Arrays.stream(SEPARATORS.split(joinedLines(cell))).filter(InstitutionNames::isStatement)
                .map(part -> SPACES.matcher(part).replaceAll(" ").strip()).distinct().toList();
    }

    /** A part is a statement when it reads like one and does not list several names. */
    private static boolean isStatement(String part) {
        return commaSeparated(clean(part)).size() == 1
                && STATEMENT.matcher(SPACES.matcher(part).replaceAll(" ").strip()).matches();
    }

    /** The cell with wrapped lines joined and the remaining line breaks turned into separators. */
    private static String joinedLines(String cell) {
        String[] lines = LINES.split(cell);
        boolean marked = java.util.Arrays.stream(lines).filter(l -> MARKED.matcher(l).find()).count() > 1;
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean markedLine = marked && MARKED.matcher(line).find();
            boolean continues = joined.length() > 0 && !markedLine && (Character.isLowerCase(text.codePointAt(0))
                    || JOINING_END.matcher(joined).matches() || marked);
            if (!continues) {
                joined.append(joined.length() > 0 ? ";" : "").append(text);
            } else if (joined.charAt(joined.length() - 1) == '-') {
                joined.setLength(joined.length() - 1);
                joined.append(text);
            } else {
                joined.append(' ').append(text);
            }
        }
        return joined.toString();
    }

    private static List<String> commaSeparated(String text) {
        String[] parts = text.split(",");
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            String name = part.strip();
            if (name.isEmpty() || !startsLikeAName(name)) {
                return List.of(text);
            }
            names.add(name);
        }
        return names;
    }

    private static boolean startsLikeAName(String text) {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '“';
    }

    private static String clean(String text) {
        String oneSpace = SPACES.matcher(text).replaceAll(" ").strip();
        return TRAILING_MARKS.matcher(LEADING_MARKS.matcher(oneSpace).replaceFirst("")).replaceFirst("");
    }
}
