package org.ogpld.endpoint.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.store.StoreGeneration;
import org.ogpld.endpoint.store.StoreWrites;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reconciliation service over the store: validates a request, then answers it from the {@link Catalogue} of
 * the store's current data version, read again only after a write.
 */
@Service
class ReconcileService {

    static final int SUGGESTIONS = 10;

    private final Dataset dataset;
    private final StoreGeneration generation;
    private final String base;
    private final ReconcileProperties settings;
    private final QueryParser parser;
    private final StoreWrites writes;
    private volatile Snapshot snapshot;

    /** A catalogue and the data version it was read from. */
    private record Snapshot(long generation, Catalogue catalogue) {}

    ReconcileService(Dataset dataset, StoreGeneration generation, OgpldProperties properties,
            ReconcileProperties settings, StoreWrites writes) {
        this.dataset = dataset;
        this.writes = writes;
        this.generation = generation;
        this.base = properties.base();
        this.settings = settings;
        this.parser = new QueryParser(settings);
    }

    /** The catalogue of the data version readers see now; one thread reads it after a write, others wait. */
    Catalogue catalogue() {
        long now = generation.generation();
        Snapshot current = snapshot;
        if (current != null && current.generation() == now) {
            return current.catalogue();
        }
        synchronized (this) {
            if (snapshot == null || snapshot.generation() != now) {
                snapshot = new Snapshot(now, Txn.calculateRead(dataset,
                        () -> Catalogue.read(dataset.asDatasetGraph(), base, settings)));
            }
            return snapshot.catalogue();
        }
    }

    ObjectNode reconcile(String queries) {
        Map<String, Query> batch = parser.batch(queries);
        Catalogue current = catalogue();
        Map<String, List<Candidate>> answers = new LinkedHashMap<>();
        batch.forEach((key, query) -> answers.put(key, current.reconcile(query)));
        return Answers.results(answers);
    }

    ObjectNode extend(String request) {
        QueryParser.ExtendRequest wanted = parser.extend(request);
        Catalogue current = catalogue();
        var rows = Txn.calculateRead(dataset, () -> new Extension(dataset.asDatasetGraph(), current)
                .extend(wanted.ids(), wanted.properties()));
        return Answers.extended(wanted.properties(), rows);
    }

    /** Entities whose names have words starting with each word typed, best first. */
    ObjectNode suggestEntities(String prefix, String type) {
        Optional<EntityType> wanted = type(type);
        List<String> typed = Folding.tokens(prefix == null ? "" : prefix);
        if (typed.isEmpty()) {
            return Answers.suggestedEntities(List.of());
        }
        List<Profile> found = new ArrayList<>();
        for (Profile profile : catalogue().source().all()) {
            if (wanted.map(profile.entity()::has).orElse(true)
                    && profile.names().stream().anyMatch(name -> startsEach(typed, name))) {
                found.add(profile);
            }
        }
        found.sort(Comparator.comparingInt((Profile p) -> p.entity().name().length())
                .thenComparing(p -> p.entity().id()));
        return Answers.suggestedEntities(found.stream().limit(SUGGESTIONS).map(Profile::entity).toList());
    }

    private static boolean startsEach(List<String> typed, List<String> name) {
        return typed.stream().allMatch(t -> name.stream().anyMatch(n -> n.startsWith(t)
                || Folding.key(n).startsWith(Folding.key(t))));
    }

    ObjectNode suggestTypes(String prefix) {
        String typed = Folding.fold(prefix == null ? "" : prefix);
        return Answers.suggestedTypes(Arrays.stream(EntityType.values())
                .filter(t -> Folding.fold(t.label()).contains(typed) || t.id().contains(typed)).toList());
    }

    ObjectNode suggestProperties(String prefix, String type) {
        String typed = Folding.fold(prefix == null ? "" : prefix);
        Optional<EntityType> wanted = type(type);
        return Answers.suggestedProperties(Arrays.stream(ServiceProperty.values())
                .filter(p -> p.appliesTo(wanted))
                .filter(p -> Folding.fold(p.label()).contains(typed) || Folding.fold(p.id()).contains(typed))
                .toList());
    }

    ObjectNode proposeProperties(String type, Integer limit) {
        Optional<EntityType> wanted = type(type);
        int most = limit == null ? ServiceProperty.values().length : Math.max(0, limit);
        return Answers.proposedProperties(wanted, Arrays.stream(ServiceProperty.values())
                .filter(p -> p.appliesTo(wanted)).limit(most).toList(), most);
    }

    Entity entity(String id) {
        return catalogue().entity(id).orElseThrow(() -> EndpointException.notFound("id: no entity '" + id + "'"));
    }

    private static Optional<EntityType> type(String type) {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(EntityType.of(type).orElseThrow(() -> EndpointException.badRequest("type: unknown type '"
                + type + "'")));
    }

    /**
     * The links {@code ogpld link} would propose for the data now, as the linkset graph (not stored): none a
     * reviewer rejected, every one a reviewer accepted.
     */
    org.apache.jena.rdf.model.Model links() {
        Map<String, Decisions.Decision> decisions = decisions();
        return Linkset.model(new LinkDiscovery(settings).propose(catalogue().entities(), decisions), decisions, base,
                java.time.Instant.now());
    }

    private Map<String, Decisions.Decision> decisions() {
        return Txn.calculateRead(dataset, () -> Decisions.read(dataset.asDatasetGraph(), base));
    }

    /** The links up for review: stored, proposed now and decided. */
    List<Review.Row> review() {
        Map<String, Decisions.Decision> decisions = decisions();
        org.apache.jena.rdf.model.Model proposed = links();
        return Txn.calculateRead(dataset, () -> Review.rows(dataset.asDatasetGraph(), base, proposed, decisions));
    }

    /**
     * Records a reviewer's decision on the link between {@code subject} and {@code object}, both resources the
     * service knows, through the store's writes (so that the change log has it). The link keeps {@code predicate},
     * or, when none is given, the one it is proposed or stored with ({@code skos:closeMatch} otherwise).
     */
    Decisions.Decision decide(String subject, String predicate, String object, boolean accepted, String by) {
        known("subject", subject);
        known("object", object);
        if (subject.equals(object)) {
            throw EndpointException.badRequest("object: the same resource as subject");
        }
        if (predicate != null && !Decisions.linkPredicate(predicate)) {
            throw EndpointException.badRequest("predicate: '" + predicate + "' is neither owl:sameAs nor "
                    + "skos:closeMatch");
        }
        String kept = predicate != null ? predicate : review().stream()
                .filter(r -> Decisions.Decision.key(r.subject(), r.object())
                        .equals(Decisions.Decision.key(subject, object)))
                .map(Review.Row::predicate).findFirst()
                .orElse(org.apache.jena.vocabulary.SKOS.closeMatch.getURI());
        Decisions.Decision decision = new Decisions.Decision(subject, kept, object, accepted, by,
                java.time.Instant.now());
        writes.write(() -> Decisions.record(writes.target(), base, decision));
        return decision;
    }

    private void known(String field, String iri) {
        if (iri == null || catalogue().entities().stream().noneMatch(e -> e.iri().equals(iri))) {
            throw EndpointException.badRequest(field + ": no resource '" + iri + "' of the data");
        }
    }

    ObjectNode manifest(String server) {
        return Answers.manifest(base, server);
    }
}
