package org.ogpld.endpoint.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Proposes links between resources of different sources (named graphs) that are the same thing: each
 * organisation and person of every source but the largest is reconciled, by each of its names, against the
 * resources of the same type in the other sources. A pair scoring at least {@code sameAsScore} whose first candidate
 * is unambiguous becomes {@code owl:sameAs}, one at least {@code closeMatchScore} {@code skos:closeMatch}; each
 * keeps its score and evidence. Resources that already share an IRI across sources need no link; pairs a reviewer
 * rejected ({@link Decisions}) are never proposed again.
 */
public final class LinkDiscovery {

    private static final List<EntityType> LINKED = List.of(EntityType.PERSON, EntityType.ORGANISATION);

    private final ReconcileProperties settings;

    public LinkDiscovery(ReconcileProperties settings) {
        this.settings = settings;
    }

    /** One proposed link: {@code subject} the resource reconciled, {@code object} its best candidate elsewhere. */
    record Link(Entity subject, Entity object, boolean sameAs, double score, String evidence) {}

    /**
     * The links proposed for the store, inside the caller's read transaction, in subject order; none a reviewer
     * rejected.
     */
    List<Link> propose(DatasetGraph dataset, String base) {
        return propose(new EntityReader(dataset, base).read(), Decisions.read(dataset, base));
    }

    List<Link> propose(List<Entity> entities) {
        return propose(entities, Map.of());
    }

    /** The links proposed between {@code entities}, leaving out the pairs {@code decisions} rejected. */
    List<Link> propose(List<Entity> entities, Map<String, Decisions.Decision> decisions) {
        Map<String, Long> sizes = entities.stream().flatMap(e -> e.graphs().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        String largest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("");
        Reconciler reconciler = new Reconciler(new TokenIndex(entities), settings);
        Map<String, Link> links = new TreeMap<>();
        for (Entity entity : entities) {
            if (entity.graphs().contains(largest) || entity.has(EntityType.MEMBER)) {
                continue;
            }
            LINKED.stream().filter(entity::has).findFirst()
                    .ifPresent(type -> best(reconciler, entity, type, decisions).ifPresent(l -> links.merge(key(l), l,
                            (a, b) -> a.score() >= b.score() ? a : b)));
        }
        return new ArrayList<>(links.values());
    }

    private java.util.Optional<Link> best(Reconciler reconciler, Entity entity, EntityType type,
            Map<String, Decisions.Decision> decisions) {
        Link best = null;
        for (String name : entity.names()) {
            List<Candidate> others = reconciler.reconcile(new Query(name, Set.of(type), 10, List.of())).stream()
                    .filter(c -> !c.entity().iri().equals(entity.iri()))
                    .filter(c -> c.entity().graphs().stream().noneMatch(entity.graphs()::contains))
                    .filter(c -> !rejected(decisions, entity, c.entity())).toList();
            if (others.isEmpty() || others.get(0).score() < settings.closeMatchScore()) {
                continue;
            }
            Candidate top = others.get(0);
            if (others.size() > 1 && others.get(1).score() > top.score() - settings.matchMargin()) {
                continue;
            }
            boolean sameAs = top.score() >= settings.sameAsScore();
            String evidence = "name '" + name + "' ~ '" + closest(top.entity(), name) + "' (name similarity "
                    + top.features().get("name") + "; the next candidate at least " + settings.matchMargin()
                    + " below)";
            if (best == null || top.score() > best.score()) {
                best = new Link(entity, top.entity(), sameAs, top.score(), evidence);
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static boolean rejected(Map<String, Decisions.Decision> decisions, Entity a, Entity b) {
        Decisions.Decision decision = decisions.get(Decisions.Decision.key(a.iri(), b.iri()));
        return decision != null && !decision.accepted();
    }

    /** The candidate's name closest to the one searched for, for the evidence. */
    private static String closest(Entity entity, String name) {
        List<String> tokens = Folding.tokens(name);
        return entity.names().stream().max(Comparator.comparingDouble(n -> NameSimilarity.of(tokens,
                Folding.tokens(n)))).orElse(entity.name());
    }

    private static String key(Link link) {
        String a = link.subject().iri();
        String b = link.object().iri();
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    /** The source an entity is described in: the first of its graphs. */
    static String source(Entity entity) {
        return entity.graphs().stream().sorted().findFirst().orElse("");
    }

    /** Pairs of sources and how many links each predicate has between them, for the VoID description. */
    static Map<List<String>, Map<Boolean, Integer>> counts(List<Link> links) {
        Map<List<String>, Map<Boolean, Integer>> counts = new HashMap<>();
        for (Link link : links) {
            List<String> pair = List.of(source(link.subject()), source(link.object()));
            counts.computeIfAbsent(pair, p -> new HashMap<>()).merge(link.sameAs(), 1, Integer::sum);
        }
        return counts;
    }
}
