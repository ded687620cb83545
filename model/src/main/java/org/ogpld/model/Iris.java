package org.ogpld.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Mints the IRIs of one publication base: {@code {base}id/{kind}/{slug}} for resources, {@code {id}#{part}} for the
 * parts that exist only within a resource (a talk of an event, an assessment of a commitment), and
 * {@code {base}graph/{slug}} for the named graph of a source document.
 *
 * @param base an absolute http(s) IRI ending in {@code /}, e.g. {@code http://localhost:3030/}
 */
public record Iris(String base) {

    /** The base used when none is configured. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    public Iris {
        Checks.required(base, "base");
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("base IRI '" + base + "' must end with '/'");
        }
        try {
            URI uri = new URI(base);
            if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("base IRI '" + base
                        + "' must be an absolute http or https IRI without query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base IRI '" + base + "' is not an IRI: " + e.getMessage(), e);
        }
    }

    /** Iris under {@link #DEFAULT_BASE}. */
    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    /** The IRI of a resource. */
    public String of(Id id) {
        return base + "id/" + id.path();
    }

    /** The IRI of a part of a resource, {@code {id}#{part}}. */
    public String part(Id owner, String part) {
        if (!Id.isSlug(part)) {
            throw new IllegalArgumentException("part name '" + part + "' must be a slug");
        }
        return of(owner) + "#" + part;
    }

    /** The IRI of the named graph for a source document. */
    public String graph(String slug) {
        if (!Id.isSlug(slug)) {
            throw new IllegalArgumentException("graph name '" + slug + "' must be a slug");
        }
        return base + "graph/" + slug;
    }

    /** The id named by a resource IRI under this base, if it is one (parts, with a {@code #}, are not). */
    public Optional<Id> id(String iri) {
        String prefix = base + "id/";
        if (iri == null || !iri.startsWith(prefix) || iri.indexOf('#') >= 0) {
            return Optional.empty();
        }
        String[] path = iri.substring(prefix.length()).split("/", -1);
        if (path.length != 2 || !Id.isSlug(path[1])) {
            return Optional.empty();
        }
        return Kind.ofSegment(path[0]).map(kind -> new Id(kind, path[1]));
    }

    /** The graph slug of a graph IRI under this base, if it is one. */
    public Optional<String> graphSlug(String iri) {
        String prefix = base + "graph/";
        if (iri == null || !iri.startsWith(prefix)) {
            return Optional.empty();
        }
        String slug = iri.substring(prefix.length());
        return Id.isSlug(slug) ? Optional.of(slug) : Optional.empty();
    }

    /** The base of a graph IRI of the form {@code {base}graph/{slug}}, if it has that form. */
    public static Optional<Iris> fromGraph(String graphIri) {
        int at = graphIri == null ? -1 : graphIri.lastIndexOf("/graph/");
        if (at < 0 || !Id.isSlug(graphIri.substring(at + "/graph/".length()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Iris(graphIri.substring(0, at + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
