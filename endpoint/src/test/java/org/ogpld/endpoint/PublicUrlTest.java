package org.ogpld.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PublicUrlTest {

    @Test
    void aConfiguredPublicUrlIsAServerRootEndingInASlash() {
        assertThat(PublicUrl.checked("https://data.example.org")).isEqualTo("https://data.example.org/");
        assertThat(PublicUrl.checked("http://localhost:8080/")).isEqualTo("http://localhost:8080/");
    }

    @Test
    void aPathQueryFragmentOrOtherSchemeIsRefusedNamingTheSetting() {
        for (String bad : new String[] {"https://data.example.org/ogp/", "https://data.example.org/?a=b",
            "https://data.example.org/#x", "ftp://data.example.org/", "data.example.org", "http:///"}) {
            assertThatThrownBy(() -> PublicUrl.checked(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ogpld.public-url");
        }
    }

    @Test
    void linksAreMadeFromTheConfiguredUrlOrLocalhostWithTheServerPort() {
        PublicUrl configured = new PublicUrl(TestProperties.withPublicUrl("https://mirror.example.org/"),
                new MockEnvironment());
        assertThat(configured.of("/harvest/event")).isEqualTo("https://mirror.example.org/harvest/event");
        assertThat(configured.context()).isEqualTo("https://mirror.example.org/ns/context.jsonld");

        PublicUrl local = new PublicUrl(TestProperties.withPublicUrl(null),
                new MockEnvironment().withProperty("server.port", "3031"));
        assertThat(local.url()).isEqualTo("http://localhost:3031/");
        assertThatThrownBy(() -> local.of("doc/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
