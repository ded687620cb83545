package org.ogpld.endpoint.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.ogpld.model.text.NameFolding;

/**
 * Replaces each word by its folded form ({@link NameFolding#fold}) and, where it differs, adds the word's
 * transliteration key ({@link NameFolding#key}) at the same position, as a synonym. Indexed and searched alike, a
 * search for "Jafarov" (key {@code cafarov}) finds "Cəfərov" (folded {@code cafarov}), and an exact spelling
 * matches on both forms, so it ranks first.
 */
final class FoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String pendingKey;
    private State pendingState;

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingKey != null) {
            restoreState(pendingState);
            term.setEmpty().append(pendingKey);
            increment.setPositionIncrement(0);
            pendingKey = null;
            return true;
        }
        while (input.incrementToken()) {
            String folded = NameFolding.fold(term.toString()).replace(" ", "");
            if (folded.isEmpty()) {
                continue;
            }
            term.setEmpty().append(folded);
            String key = NameFolding.key(folded);
            if (!key.equals(folded)) {
                pendingKey = key;
                pendingState = captureState();
            }
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingKey = null;
        pendingState = null;
    }
}
