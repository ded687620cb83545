package org.ogpld.model.imports.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.jena.vocabulary.DCTerms;
import org.ogpld.model.Document;
import org.ogpld.model.DocumentKind;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;
import org.ogpld.model.Provenance;
import org.ogpld.model.Publication;
import org.ogpld.model.Text;

/**
 * Reads one Popolo document into a publication: first every object gets its id (so references may point forward),
 * then each collection is read. Facts of the supplement about records that were left out are dropped with them.
 */
final class PopoloReader {

    /** Popolo collections and the kind of resource each becomes. */
    static final Map<String, Kind> COLLECTIONS = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
            Map.of("areas", Kind.PLACE, "organizations", Kind.ORGANISATION, "persons", Kind.PERSON,
                    "events", Kind.EVENT, "posts", Kind.POST, "memberships", Kind.MEMBERSHIP)));
    private static final List<String> ORDER = List.of("areas", "organizations", "persons", "events", "posts",
            "memberships");
    /** Popolo's legislative-voting collections, which OGP-LD does not model. */
    static final Set<String> NOT_MODELLED = Set.of("motions", "vote_events", "votes", "counts", "speeches",
            "group_results");

    private final Reading reading;
    private final AgentReader agents;
    private final RelationReader relations;
    private final EventAreaReader eventsAndAreas;
    private final Set<Source> duplicates = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Where each object read came from in the document ({@code memberships[135]}), for later problems to name. */
    private final Map<Id, String> origins = new java.util.HashMap<>();

    PopoloReader(Reading reading) {
        this.reading = reading;
        this.agents = new AgentReader(reading);
        this.relations = new RelationReader(reading);
        this.eventsAndAreas = new EventAreaReader(reading);
    }

    PopoloSupplement.Result read(JsonNode root, String fileName, String slug) {
        Map<String, List<Source>> collections = collections(root);
        collections.forEach((name, sources) -> register(COLLECTIONS.get(name), sources));
        Id source = new Id(Kind.DOCUMENT, slug);
        Publication.Builder p = Publication.builder(slug, Provenance.of(source, Text.en("Popolo data from "
                + fileName)));
        p.document(Document.builder(source, DocumentKind.DATASET, Text.en("Popolo JSON " + fileName)).build());
        each(collections, "areas", eventsAndAreas::area, p::place);
        each(collections, "organizations", agents::organisation, p::organisation);
        each(collections, "persons", agents::person, p::person);
        each(collections, "events", (s, id) -> eventsAndAreas.event(s, id, p::place), p::event);
        for (Source post : collections.getOrDefault("posts", List.of())) {
            if (duplicates.contains(post)) {
                continue;
            }
            origins.put(idOf(Kind.POST, post), post.path());
            relations.post(post, idOf(Kind.POST, post), key(post));
            popoloIdentifier(post, idOf(Kind.POST, post));
        }
        each(collections, "memberships", relations::membership, p::membership);
        relations.posts().forEach(p::post);
        Publication publication = p.build();
        Set<Id> ids = publication.ids();
        List<Fact> kept = reading.facts().stream().filter(f -> ids.contains(f.subject())
                && !(f instanceof Fact.Ref ref && !ids.contains(ref.object()))).toList();
        return new PopoloSupplement.Result(publication, new PopoloSupplement(kept), origins);
    }

    private <T> void each(Map<String, List<Source>> collections, String name, BiFunction<Source, Id, Optional<T>> read,
                          Consumer<T> add) {
        Kind kind = COLLECTIONS.get(name);
        for (Source source : collections.getOrDefault(name, List.of())) {
            if (duplicates.contains(source)) {
                continue;
            }
            Id id = idOf(kind, source);
            origins.put(id, source.path());
            read.apply(source, id).ifPresent(add);
            popoloIdentifier(source, id);
        }
    }

    /** Kinds whose records have no identifiers keep the Popolo id as {@code dct:identifier}. */
    private void popoloIdentifier(Source source, Id id) {
        if (id.kind() != Kind.PERSON && id.kind() != Kind.ORGANISATION && source.node().path("id").isTextual()) {
            reading.fact(new Fact.Plain(id, DCTerms.identifier, source.node().path("id").asText()));
        }
    }

    private Id idOf(Kind kind, Source source) {
        return reading.registry().find(kind, key(source)).orElseThrow();
    }

    /** The collections of the document, embedded memberships included; anything else is reported. */
    private Map<String, List<Source>> collections(JsonNode root) {
        Map<String, List<Source>> collections = new java.util.LinkedHashMap<>();
        Source document = new Source(root, "document", reading.problems());
        root.fieldNames().forEachRemaining(field -> {
            if (NOT_MODELLED.contains(field)) {
                document.problem(field, null, "Popolo " + field + " (legislative voting) are not imported: "
                        + "OGP-LD has no model for them");
            } else if (!COLLECTIONS.containsKey(field) && !field.equals("meta")) {
                document.warning(field, null, "unknown Popolo collection, not imported; known: " + ORDER
                        + " and meta");
            }
        });
        for (String name : ORDER) {
            List<Source> sources = new ArrayList<>();
            JsonNode array = root.get(name);
            if (array != null && !array.isArray()) {
                document.problem(name, array.toString(), "expected an array");
            } else if (array != null) {
                for (int i = 0; i < array.size(); i++) {
                    sources.add(new Source(array.get(i), name + "[" + i + "]", reading.problems()));
                }
            }
            collections.put(name, sources);
        }
        collections.get("memberships").addAll(embeddedMemberships(collections));
        collections.values().forEach(list -> list.removeIf(s -> {
            if (!s.node().isObject()) {
                s.problem(null, s.node().toString(), "expected an object");
                return true;
            }
            return false;
        }));
        return collections;
    }

    /** Memberships written inside a person or organization, with the id of that person or organization added. */
    private static List<Source> embeddedMemberships(Map<String, List<Source>> collections) {
        List<Source> embedded = new ArrayList<>();
        for (String owner : List.of("persons", "organizations")) {
            String field = owner.equals("persons") ? "person_id" : "organization_id";
            for (Source parent : collections.get(owner)) {
                Optional<String> id = parent.node().isObject() ? Optional.ofNullable(parent.node().get("id"))
                        .filter(JsonNode::isTextual).map(JsonNode::asText) : Optional.empty();
                for (Source m : parent.array("memberships")) {
                    ObjectNode copy = ((ObjectNode) m.node()).deepCopy();
                    id.filter(i -> !copy.has(field)).ifPresent(i -> copy.put(field, i));
                    embedded.add(m.withNode(copy));
                }
            }
        }
        return embedded;
    }

    private void register(Kind kind, List<Source> sources) {
        for (Source source : sources) {
            if (!reading.registry().register(kind, key(source), nameForSlug(kind, source))) {
                source.problem("id", key(source), "another " + kind.segment() + " has the same id");
                duplicates.add(source);
            }
        }
    }

    /** The Popolo id, or for an object without one its path, which no Popolo id can equal. */
    private static String key(Source source) {
        return source.node().path("id").isTextual() ? source.node().path("id").asText() : "#" + source.path();
    }

    /** What a slug is made from: the name or label, or for a membership its member, organisation and period. */
    private String nameForSlug(Kind kind, Source s) {
        if (kind != Kind.MEMBERSHIP) {
            return firstText(s, "name", "label").orElse(kind.segment());
        }
        JsonNode node = s.node();
        return firstText(s, "label").orElseGet(() -> String.join(" ",
                name(Kind.PERSON, node.path("person_id").asText(node.path("member").path("id").asText())),
                name(Kind.ORGANISATION, node.path("organization_id").asText()),
                name(Kind.EVENT, node.path("legislative_period_id").asText()).isEmpty()
                        ? node.path("start_date").asText() : name(Kind.EVENT, node.path("legislative_period_id").asText())))
                .strip();
    }

    private String name(Kind kind, String popoloId) {
        return reading.registry().name(kind, popoloId)
                .or(() -> kind == Kind.PERSON ? reading.registry().name(Kind.ORGANISATION, popoloId) : Optional.empty())
                .orElse("");
    }

    private static Optional<String> firstText(Source s, String... fields) {
        for (String field : fields) {
            JsonNode value = s.node().get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
        }
        return Optional.empty();
    }
}
