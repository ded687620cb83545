package org.ogpld.model.imports.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ogpld.model.LangString;

class NamingTest {

    private final Naming naming = new Naming("en");

    @Test
    void aNameTakesTheLanguageOfTheOtherNameWrittenTheSame() {
        Naming.Names names = naming.names("Vasif Talıbov", List.of(other("Vasif Talıbov", "az"),
                other("Vasif Talibov", "en"), other("Талыбов, Васиф Юсиф оглы", "ru")));

        assertThat(names.name().az()).contains("Vasif Talıbov");
        assertThat(names.name().en()).contains("Vasif Talibov");
        assertThat(names.others()).containsExactly(LangString.of("Талыбов, Васиф Юсиф оглы", "ru"));
    }

    @Test
    void withoutAMatchingOtherNameAzerbaijaniLettersDecideElseTheDefault() {
        assertThat(naming.languageOf("Şərur-Sədərək seçki dairəsi")).isEqualTo("az");
        assertThat(naming.languageOf("National Assembly")).isEqualTo("en");
        assertThat(new Naming("az").languageOf("Musa Quliyev")).isEqualTo("az");
    }

    @Test
    void otherNamesWithoutALanguageAreKeptAsUndetermined() {
        assertThat(naming.names("ABC, Inc.", List.of(new Naming.OtherName("Joe's Diner", Optional.empty(),
                Optional.empty()))).others()).containsExactly(LangString.of("Joe's Diner", "und"));
    }

    private static Naming.OtherName other(String name, String language) {
        return new Naming.OtherName(name, Optional.of(language), Optional.empty());
    }
}
