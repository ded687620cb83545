package org.ogpld.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where this server is reached ({@code ogpld.public-url}), as opposed to the base of the IRIs it serves
 * ({@code ogpld.base}, part of the data). A request for {@code {public}id/person/x} is about the resource
 * {@code {base}id/person/x}; every link the server writes for clients to follow (pages, {@code Location},
 * harvest views, sitemap, catalogue access URLs, the JSON-LD context) is an address on this server, built here
 * from configuration and never from a request's {@code Host} header.
 *
 * <p>Unset, it is {@code http://localhost:{port}/} with the port the server really listens on (known once the web
 * server has started; {@code server.port} until then).
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

    private final boolean configured;
    private volatile String url;

    PublicUrl(OgpldProperties properties, Environment environment) {
        this.configured = properties.publicUrl() != null;
        this.url = configured ? properties.publicUrl()
                : local(environment.getProperty("server.port", Integer.class, 8080));
    }

    /** The public URL, ending in {@code /}. */
    public String url() {
        return url;
    }

    /** The public address of a server path ({@code /harvest/event} gives {@code {public}harvest/event}). */
    public String of(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A server path starts with '/': " + path);
        }
        return url + path.substring(1);
    }

    /**
     * The public address of the resource a request names (its path, without the query string): what the request
     * URL would be had the client come through the public URL, whatever its {@code Host} header says.
     */
    public String of(HttpServletRequest request) {
        return of(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Where this server serves the OGP-LD JSON-LD context; every JSON-LD document it writes references it. */
    public String context() {
        return of("/ns/context.jsonld");
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The management server, if any, has a namespace; the public URL is the main server's.
        if (!configured && event.getApplicationContext().getServerNamespace() == null) {
            url = local(event.getWebServer().getPort());
        }
    }

    private static String local(int port) {
        return "http://localhost:" + port + "/";
    }

    /**
     * Checks a configured public URL: absolute http(s), no query or fragment, and served from its root, since the
     * pages link root-relative paths. Returns it ending in {@code /}.
     */
    static String checked(String url) {
        String withSlash = url.endsWith("/") ? url : url + "/";
        try {
            URI uri = new URI(withSlash);
            if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || !"/".equals(uri.getRawPath())) {
                throw new IllegalArgumentException("ogpld.public-url '" + url + "' must be an absolute http or "
                        + "https URL of a server root, like https://data.example.org/ (no path, query or fragment)");
            }
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException("ogpld.public-url '" + url + "' is not a URL: " + ex.getMessage(), ex);
        }
        return withSlash;
    }
}
