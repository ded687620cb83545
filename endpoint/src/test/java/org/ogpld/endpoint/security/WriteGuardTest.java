package org.ogpld.endpoint.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.TestProperties;
import org.springframework.mock.web.MockHttpServletRequest;

class WriteGuardTest {

    private static WriteGuard guard(String token, List<String> users) {
        return new WriteGuard(TestProperties.of("http://localhost:3030/", TestProperties.QUERY,
                TestProperties.UPDATE, new OgpldProperties.Security(token, users)));
    }

    private static MockHttpServletRequest withAuthorization(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/ogp/update");
        if (value != null) {
            request.addHeader("Authorization", value);
        }
        return request;
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertStatus(Runnable action, int status) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(EndpointException.class,
                ex -> org.assertj.core.api.Assertions.assertThat(ex.status().value()).isEqualTo(status));
    }

    @Test
    void withoutConfiguredCredentialsWritesAreForbidden() {
        assertStatus(() -> guard(null, List.of()).authorize(withAuthorization("Bearer x")), 403);
        assertStatus(() -> guard(" ", List.of()).authorize(withAuthorization(null)), 403);
    }

    @Test
    void missingOrWrongCredentialsAreUnauthorized() {
        WriteGuard guard = guard("secret", List.of("ann:pw"));
        assertStatus(() -> guard.authorize(withAuthorization(null)), 401);
        assertStatus(() -> guard.authorize(withAuthorization("Bearer secreT")), 401);
        assertStatus(() -> guard.authorize(withAuthorization(basic("ann:PW"))), 401);
        assertStatus(() -> guard.authorize(withAuthorization("Basic %%%")), 401);
        assertStatus(() -> guard.authorize(withAuthorization("Digest x")), 401);
    }

    @Test
    void rightTokenOrUserIsAdmitted() {
        WriteGuard guard = guard("secret", List.of("ann:p:w", "bo:x"));
        assertThatCode(() -> guard.authorize(withAuthorization("Bearer secret"))).doesNotThrowAnyException();
        assertThatCode(() -> guard.authorize(withAuthorization("bearer secret"))).doesNotThrowAnyException();
        assertThatCode(() -> guard.authorize(withAuthorization(basic("ann:p:w")))).doesNotThrowAnyException();
        assertThatCode(() -> guard.authorize(withAuthorization(basic("bo:x")))).doesNotThrowAnyException();
    }

    @Test
    void basicUsersDoNotOpenBearerAndViceVersa() {
        assertStatus(() -> guard(null, List.of("ann:pw")).authorize(withAuthorization("Bearer pw")), 401);
        assertStatus(() -> guard("pw", List.of()).authorize(withAuthorization(basic("ann:pw"))), 401);
    }
}
