package org.ogpld.model.imports.popolo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.vocabulary.DCTerms;
import org.ogpld.model.Document;
import org.ogpld.model.DocumentKind;
import org.ogpld.model.Id;
import org.ogpld.model.Identifier;
import org.ogpld.model.Kind;
import org.ogpld.model.Provenance;
import org.ogpld.model.Publication;
import org.ogpld.model.Slugs;
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
    /** Writes JSON with keys in order, so that a digest of an object does not depend on how it was written. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

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
        Set<Id> locations = new HashSet<>();
        each(collections, "events", (s, id) -> eventsAndAreas.event(s, id, place -> {
            if (locations.add(place.id())) {
                p.place(place);
            }
        }), p::event);
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

    /**
     * Gives every object its id. A Wikidata id that two objects of one collection share (EveryPolitician gives
     * two Azerbaijani parties one item) proves neither is that item, so both are minted from their Popolo ids.
     */
    private void register(Kind kind, List<Source> sources) {
        Map<String, Long> authorities = sources.stream().flatMap(s -> authority(kind, s).stream())
                .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        for (Source source : sources) {
            Optional<String> authority = authority(kind, source).filter(a -> authorities.get(a) == 1);
            if (!reading.registry().register(kind, key(source), authority, scopedKey(source))) {
                source.problem("id", key(source), "another " + kind.segment() + " has the same id");
                duplicates.add(source);
            }
        }
    }

    /** The Wikidata id in the object's {@code identifiers}, as a slug. */
    private static Optional<String> authority(Kind kind, Source source) {
        Set<Identifier> wikidata = new HashSet<>();
        source.node().path("identifiers").forEach(entry -> {
            String value = entry.path("identifier").asText("");
            if (Identifier.WIKIDATA.equals(entry.path("scheme").asText()) && value.matches("Q[1-9][0-9]*")) {
                wikidata.add(Identifier.wikidata(value));
            }
        });
        return Registry.authority(kind, wikidata);
    }

    /** The Popolo id, or for an object without one a digest of its content (which no position changes). */
    private static String scopedKey(Source source) {
        if (source.node().path("id").isTextual()) {
            return source.node().path("id").asText();
        }
        try {
            return "c-" + Slugs.shortHash(CANONICAL.writeValueAsString(
                    CANONICAL.convertValue(source.node(), Object.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The Popolo id, or for an object without one its path, which no Popolo id can equal. */
    private static String key(Source source) {
        return source.node().path("id").isTextual() ? source.node().path("id").asText() : "#" + source.path();
    }
}
