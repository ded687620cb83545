package org.ogpld.endpoint.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The reconcilable entities of one data version of the store, indexed, with the reconciler over them. Immutable:
 * a write to the store makes a new one.
 */
final class Catalogue {

    private final String prefix;
    private final Map<String, Entity> byIri = new LinkedHashMap<>();
    private final TokenIndex index;
    private final Reconciler reconciler;

    Catalogue(List<Entity> entities, String base, ReconcileProperties settings) {
        this.prefix = base + "id/";
        entities.forEach(e -> byIri.put(e.iri(), e));
        this.index = new TokenIndex(entities);
        this.reconciler = new Reconciler(index, settings);
    }

    /** Reads the entities of {@code dataset} inside the caller's read transaction. */
    static Catalogue read(DatasetGraph dataset, String base, ReconcileProperties settings) {
        return new Catalogue(new EntityReader(dataset, base).read(), base, settings);
    }

    List<Candidate> reconcile(Query query) {
        return reconciler.reconcile(query);
    }

    CandidateSource source() {
        return index;
    }

    /** The entity a service id ({@code person/x}) or a full IRI names, if it is one. */
    Optional<Entity> entity(String idOrIri) {
        String iri = idOrIri.startsWith("http://") || idOrIri.startsWith("https://") ? idOrIri : prefix + idOrIri;
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The IRI a service id stands for (a full IRI stands for itself). */
    String iri(String idOrIri) {
        return idOrIri.startsWith("http://") || idOrIri.startsWith("https://") ? idOrIri : prefix + idOrIri;
    }

    List<Entity> entities() {
        return List.copyOf(byIri.values());
    }
}
