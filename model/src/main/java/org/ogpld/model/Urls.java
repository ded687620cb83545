package org.ogpld.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Checks web addresses given in records. */
final class Urls {

    private Urls() {
    }

    static String required(String url, String field) {
        Checks.required(url, field);
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException(field + " '" + url + "' must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " '" + url + "' is not a URL: " + e.getReason(), e);
        }
        return url;
    }

    static Optional<String> optional(Optional<String> url, String field) {
        Optional<String> present = Checks.optional(url);
        present.ifPresent(u -> required(u, field));
        return present;
    }
}
