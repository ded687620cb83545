package org.ogpld.endpoint.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.changes.ChangeRecorder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Admits a write when it carries {@code Authorization: Bearer <ogpld.security.token>} or HTTP Basic credentials
 * of one of {@code ogpld.security.users}. Reads never come here. Secrets are compared in constant time and never
 * logged.
 */
@Component
public class WriteGuard {

    private static final String REALM = "ogpld";

    private final OgpldProperties.Security security;
    private final List<Credentials> users;
    private final SameSite sameSite;

    WriteGuard(OgpldProperties properties) {
        this.security = properties.security();
        this.users = security.users().stream().map(Credentials::parse).toList();
        this.sameSite = new SameSite(properties.cors().allowedOrigins());
    }

    /**
     * Checks the request's credentials for a write.
     *
     * @throws EndpointException 403 when writes are not enabled or a browser sends Basic credentials from another
     *     site, 401 with {@code WWW-Authenticate} when the credentials are missing or wrong
     */
    public void authorize(HttpServletRequest request) {
        if (!security.writesEnabled()) {
            throw new EndpointException(HttpStatus.FORBIDDEN, "Writes are disabled on this endpoint. To enable "
                    + "them, set ogpld.security.token (env OGPLD_SECURITY_TOKEN) for bearer tokens or "
                    + "ogpld.security.users=user:password (env OGPLD_SECURITY_USERS) for HTTP Basic.");
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !admits(authorization.trim())) {
            throw unauthorized(authorization == null ? "Credentials required for writes"
                    : "Credentials not accepted");
        }
        request.setAttribute(ChangeRecorder.WRITER, writer(authorization.trim()));
        if (startsWithIgnoreCase(authorization.trim(), "Basic ")) {
            // Browsers attach remembered Basic credentials to any site's form posts; a token they never attach.
            sameSite.check(request);
        }
    }

    /** Who the change log names as the writer: the Basic user name, or {@code token}; never the secret. */
    private static String writer(String authorization) {
        if (startsWithIgnoreCase(authorization, "Basic ")) {
            return decodeBasic(authorization.substring(6).trim()).user();
        }
        return "token";
    }

    private boolean admits(String authorization) {
        if (startsWithIgnoreCase(authorization, "Bearer ")) {
            String token = authorization.substring(7).trim();
            return security.token() != null && !security.token().isBlank() && same(token, security.token());
        }
        if (startsWithIgnoreCase(authorization, "Basic ")) {
            Credentials given = decodeBasic(authorization.substring(6).trim());
            return given != null && users.stream().anyMatch(user -> user.matches(given));
        }
        return false;
    }

    private static Credentials decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            return pair.indexOf(':') < 0 ? null : Credentials.parse(pair);
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private EndpointException unauthorized(String message) {
        HttpHeaders headers = new HttpHeaders();
        if (!users.isEmpty()) {
            headers.add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        if (security.token() != null && !security.token().isBlank()) {
            headers.add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
        }
        return new EndpointException(HttpStatus.UNAUTHORIZED, message, headers, null);
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** A user and password; the password may contain colons. */
    record Credentials(String user, String password) {
        static Credentials parse(String pair) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("ogpld.security.users entries must be user:password");
            }
            return new Credentials(pair.substring(0, colon), pair.substring(colon + 1));
        }

        boolean matches(Credentials given) {
            return same(given.user, user) & same(given.password, password);
        }

        @Override
        public String toString() {
            return "Credentials[" + user + ", ****]";
        }
    }
}
