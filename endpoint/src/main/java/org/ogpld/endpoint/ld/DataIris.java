package org.ogpld.endpoint.ld;

import java.util.Optional;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.model.Id;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.springframework.stereotype.Component;

/**
 * The publication's data IRIs, {@code {ogpld.base}id/{kind}/{slug}}, and where this server documents them: the
 * page {@code /doc/{kind}/{slug}}. A part of a resource ({@code {iri}#talk-1}) is documented on its owner's page.
 */
@Component
public class DataIris {

    private final Iris iris;

    public DataIris(OgpldProperties properties) {
        this.iris = new Iris(properties.base());
    }

    /** The configured base, ending in {@code /}. */
    public String base() {
        return iris.base();
    }

    /** The id named by a path's kind and slug, if both are well formed (the kind one we mint, the slug a slug). */
    public Optional<Id> id(String kind, String slug) {
        return Kind.ofSegment(kind).filter(k -> Id.isSlug(slug)).map(k -> new Id(k, slug));
    }

    /** The data IRI of an id. */
    public String iri(Id id) {
        return iris.of(id);
    }

    /** The id that owns an IRI: the IRI's own, or its owner's for a part ({@code {iri}#part}). */
    public Optional<Id> owner(String iri) {
        if (iri == null) {
            return Optional.empty();
        }
        int hash = iri.indexOf('#');
        return iris.id(hash < 0 ? iri : iri.substring(0, hash));
    }

    /** The server path documenting an id, {@code /doc/{kind}/{slug}}. */
    public static String docPath(Id id) {
        return "/doc/" + id.path();
    }

    /** The server path (with its fragment) documenting an IRI of this publication, if it is one. */
    public Optional<String> docLink(String iri) {
        int hash = iri == null ? -1 : iri.indexOf('#');
        return owner(iri).map(id -> docPath(id) + (hash < 0 ? "" : iri.substring(hash)));
    }
}
