package org.ogpld.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFoldingTest {

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({
        "Kamal Cəfərov, kamal cafarov",
        "KAMAL  CƏFƏROV!, kamal cafarov",
        "Vasif Talıbov, vasif talibov",
        "İlham Əliyev, ilham aliyev",
        "Şəffaflıq-Azərbaycan, saffafliq azarbaycan",
        "Ministry of Justice, ministry of justice",
        "Әлимәммәд, alimammad",
    })
    void foldsCaseAndAzerbaijaniLetters(String text, String folded) {
        assertThat(NameFolding.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} meets {1}")
    @CsvSource({
        "Kamal Cəfərov, Kamal Jafarov",
        "Cəfərov, cafarov",
        "Cəfərov, CAFAROV",
        "Xəlilov, Khalilov",
        "Şahin, Shahin",
        "Çingiz, Chingiz",
        "Qasımov, Gasimov",
        "Məmmədov, Mamadov",
        "Ağa, Agha",
    })
    void transliterationsShareTheirKey(String original, String variant) {
        assertThat(NameFolding.matchKey(variant)).isEqualTo(NameFolding.matchKey(original));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(NameFolding.matchKey("Cəfərov")).isNotEqualTo(NameFolding.matchKey("Səfərov"));
        assertThat(NameFolding.matchKey("Aliyev")).isNotEqualTo(NameFolding.matchKey("Mamedov"));
    }

    @Test
    void textWithoutLettersHasNoWords() {
        assertThat(NameFolding.words(" — ")).isEmpty();
        assertThat(NameFolding.words("Kamal Cəfərov")).containsExactly("kamal", "cafarov");
    }
}
