package org.ogpld.model.imports.ogp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.imports.Problems;
import org.ogpld.model.text.EditDistance;

/**
 * The header of an OGP commitments spreadsheet: where each column is. Checking it reports unknown (often misspelt)
 * columns with the closest known name, repeated columns, and missing columns that the importer maps.
 */
final class Header {

    private static final String RECORD = "header";
    private final Map<String, Integer> positions;
    private final int size;

    private Header(Map<String, Integer> positions, int size) {
        this.positions = Map.copyOf(positions);
        this.size = size;
    }

    /** The number of fields every record must have. */
    int size() {
        return size;
    }

    /** Whether the sheet has {@code column} (for the optional columns). */
    boolean has(String column) {
        return positions.containsKey(column);
    }

    /** Where {@code column} is; only asked for columns the check required. */
    int position(String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalStateException("column '" + column + "' was not checked for");
        }
        return position;
    }

    /**
     * Checks the header record. Missing and repeated columns go to {@code problems}; unknown columns go to
     * {@code unknownColumns} (the same collector, unless the import is lenient and ignores them).
     */
    static Header check(CsvRecords.Raw header, CodeLists codes, Problems problems, Problems unknownColumns) {
        Set<String> required = new LinkedHashSet<>(Columns.MAPPED);
        required.addAll(codes.flagColumns().keySet());
        required.addAll(codes.valueColumns().keySet());
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(Columns.SKIPPED.keySet());
        known.addAll(Columns.OPTIONAL);
        Map<String, Integer> positions = new HashMap<>();
        List<String> fields = header.fields();
        for (int i = 0; i < fields.size(); i++) {
            String column = fields.get(i);
            if (!known.contains(column)) {
                unknownColumns.add(header.line(), RECORD, "column " + (i + 1), column, unknown(column, known));
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.add(header.line(), RECORD, "column " + (i + 1), column, "the column appears twice");
            }
        }
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(positions.keySet());
        missing.forEach(column -> problems.add(header.line(), RECORD, null, column, "required column is missing"));
        return new Header(positions, fields.size());
    }

    private static String unknown(String column, Set<String> known) {
        String lower = column.toLowerCase(Locale.ROOT);
        Optional<String> closest = known.stream()
                .min(Comparator.comparingInt(k -> EditDistance.levenshtein(k.toLowerCase(Locale.ROOT), lower)))
                .filter(k -> EditDistance.levenshtein(k.toLowerCase(Locale.ROOT), lower) <= Math.max(2, k.length() / 4));
        return "unknown column" + closest.map(k -> "; did you mean '" + k + "'?")
                .orElse(" (not part of the OGP commitments spreadsheet format)");
    }

}
