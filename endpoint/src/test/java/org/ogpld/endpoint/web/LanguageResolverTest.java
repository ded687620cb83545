package org.ogpld.endpoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguageResolverTest {

    private final LanguageResolver resolver = new LanguageResolver();

    private String language(String parameter, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (parameter != null) {
            request.setParameter("lang", parameter);
        }
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return resolver.resolveLocale(request).getLanguage();
    }

    @Test
    void theParameterWinsOverTheHeader() {
        assertThat(language("az", "en")).isEqualTo("az");
        assertThat(language("en", "az")).isEqualTo("en");
    }

    @Test
    void theHeadersFirstSupportedLanguageIsChosen() {
        assertThat(language(null, "az-Latn-AZ,az;q=0.9,en;q=0.5")).isEqualTo("az");
        assertThat(language(null, "ru;q=0.9,en;q=0.8,az;q=0.7")).isEqualTo("en");
        assertThat(language(null, "fr, az;q=0.4")).isEqualTo("az");
    }

    @Test
    void anythingElseFallsBackToEnglish() {
        assertThat(language("xx", null)).isEqualTo("en");
        assertThat(language(null, "fr")).isEqualTo("en");
        assertThat(language(null, "not;;valid")).isEqualTo("en");
        assertThat(language(null, null)).isEqualTo("en");
    }
}
