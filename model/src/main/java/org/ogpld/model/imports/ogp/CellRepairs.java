package org.ogpld.model.imports.ogp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

/** Repairs of what spreadsheet software did to cell text. */
final class CellRepairs {

    /** A decimal with at least 16 significant digits: a binary floating-point artefact such as 4.0999999999999996. */
    private static final Pattern FLOAT_ARTEFACT = Pattern.compile("\\d+\\.\\d+");
    private static final int DOUBLE_DIGITS = 15;

    private CellRepairs() {
    }

    /**
     * The number the author typed, where spreadsheet software wrote the nearest binary floating-point value instead
     * ({@code 4.0999999999999996} → {@code 4.1}); any other text unchanged.
     */
    static String repairedNumber(String text) {
        if (!FLOAT_ARTEFACT.matcher(text).matches() || text.replace(".", "").length() <= DOUBLE_DIGITS) {
            return text;
        }
        return new BigDecimal(text).round(new MathContext(DOUBLE_DIGITS)).stripTrailingZeros().toPlainString();
    }
}
