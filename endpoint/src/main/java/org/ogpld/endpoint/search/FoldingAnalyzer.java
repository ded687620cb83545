package org.ogpld.endpoint.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text index's analyzer, for indexing and queries alike: Unicode word breaks (Lucene's standard tokenizer), then
 * {@link FoldingFilter}: lower case, Azerbaijani letters and other diacritics folded both ways (ə/a, ı/i, ş/s,
 * ğ/g...), transliteration keys as synonyms. No stop words and no stemming: names and identifiers must match as
 * written, in both languages.
 */
public final class FoldingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new FoldingFilter(source));
    }
}
