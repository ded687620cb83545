package org.ogpld.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.levenshtein("", "")).isZero();
        assertThat(EditDistance.levenshtein("cafarov", "cafarov")).isZero();
        assertThat(EditDistance.levenshtein("", "abc")).isEqualTo(3);
        assertThat(EditDistance.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.levenshtein("Cəfərov", "Cafarov")).isEqualTo(2);
        assertThat(EditDistance.levenshtein("abc", "acb")).isEqualTo(2);
    }
}
