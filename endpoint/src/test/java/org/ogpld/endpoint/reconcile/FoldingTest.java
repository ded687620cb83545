package org.ogpld.endpoint.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void azerbaijaniLettersFoldToTheirLatinBaseWhateverTheLocale() {
        assertThat(Folding.fold("Əliməmməd İBRAHİMLİ, Şəffaflıq-Azərbaycan")).isEqualTo(
                "alimammad ibrahimli saffafliq azarbaycan");
        assertThat(Folding.fold("Ülviyyə Həmzəyeva, Bağırov, Göyçay")).isEqualTo("ulviyya hamzayeva bagirov goycay");
    }

    @Test
    void stopWordsAndTheStatesFormalNameAreLeftOut() {
        assertThat(Folding.tokens("Ministry of Justice of the Republic of Azerbaijan")).containsExactly("ministry",
                "justice");
        assertThat(Folding.tokens("Korrupsiyaya Qarşı Mübarizə üzrə Komissiya")).containsExactly("korrupsiyaya",
                "qarsi", "mubariza", "komissiya");
    }

    @Test
    void englishTransliterationsShareTheOriginalsKey() {
        assertThat(Folding.key(Folding.fold("Cəfərov"))).isEqualTo(Folding.key("jafarov"));
        assertThat(Folding.key(Folding.fold("Xəlilov"))).isEqualTo(Folding.key("khalilov"));
        assertThat(Folding.key(Folding.fold("Quliyev"))).isEqualTo(Folding.key("guliev"));
        assertThat(Folding.key("elimemmed")).isEqualTo(Folding.key("alimammad"));
    }

    @Test
    void tokensCompareByKeySkeletonAbbreviationAndEditsButNumbersOnlyWhenEqual() {
        assertThat(Folding.similarity("jafarov", "cafarov")).isEqualTo(0.95);
        assertThat(Folding.similarity("min", "ministry")).isEqualTo(0.8);
        assertThat(Folding.similarity("govt", "government")).isEqualTo(0.8);
        assertThat(Folding.similarity("2012", "2014")).isZero();
        assertThat(Folding.similarity("justice", "finance")).isZero();
    }

    @Test
    void wordOrderDoesNotMatterToNameSimilarity() {
        assertThat(NameSimilarity.of(Folding.tokens("Jafarov Kamal"), Folding.tokens("Kamal Cəfərov")))
                .isEqualTo(0.975);
        assertThat(NameSimilarity.of(Folding.tokens("Anti-Corruption Council"),
                Folding.tokens("Anti-Corruption Council of Georgia"))).isEqualTo(6.0 / 7);
    }
}
