package org.ogpld.endpoint.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.ogpld.endpoint.EndpointException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Refuses a browser's write that another site started (cross-site request forgery): its {@code Origin} is neither
 * this server's nor listed in {@code ogpld.cors.allowed-origins} ({@code *} does not count), or, without an
 * {@code Origin}, its {@code Sec-Fetch-Site} says {@code cross-site} or {@code same-site}. Requests without either
 * header do not come from a browser page and pass.
 */
final class SameSite {

    private final List<String> listed;

    SameSite(List<String> allowedOrigins) {
        this.listed = allowedOrigins.stream().filter(origin -> !origin.equals("*"))
                .map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
    }

    void check(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            if (!sameOrigin(origin, request) && !listed.contains(origin.toLowerCase(Locale.ROOT))) {
                throw refused("Origin " + origin + " is neither this server nor in ogpld.cors.allowed-origins");
            }
            return;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
            throw refused("the browser reports it came from another site (Sec-Fetch-Site: " + site + ")");
        }
    }

    /** Whether {@code origin} names the host and port the request was sent to. */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private static EndpointException refused(String why) {
        return new EndpointException(HttpStatus.FORBIDDEN, "Cross-site write refused: " + why + ". Browsers send "
                + "remembered Basic credentials with other sites' forms; send the write from this site or with a "
                + "bearer token");
    }
}
