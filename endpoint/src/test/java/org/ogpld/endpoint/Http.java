package org.ogpld.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain {@code java.net.http} client for integration tests, bound to one running server. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public String url(String path) {
        return base + path;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** GET {@code /ogp/sparql?query=...} plus extra raw parameters. */
    public HttpResponse<String> query(String query, String accept, String... extraParams) {
        StringBuilder path = new StringBuilder("/ogp/sparql?query=" + encode(query));
        for (String param : extraParams) {
            path.append('&').append(param);
        }
        HttpRequest.Builder request = request(path.toString()).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    /** POST an update as {@code application/sparql-update} with an Authorization header (or none if null). */
    public HttpResponse<String> update(String update, String authorization) {
        HttpRequest.Builder request = request("/ogp/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
