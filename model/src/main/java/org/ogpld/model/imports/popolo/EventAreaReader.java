package org.ogpld.model.imports.popolo;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.ogpld.model.Code;
import org.ogpld.model.Event;
import org.ogpld.model.Id;
import org.ogpld.model.Identifier;
import org.ogpld.model.Kind;
import org.ogpld.model.Place;
import org.ogpld.model.PlaceKind;
import org.ogpld.model.Schemes;
import org.ogpld.model.Text;

/**
 * Reads Popolo events (elections, legislative periods and sessions) and areas (constituencies, regions). An
 * event's {@code location} text becomes a place; its classification gives the event type.
 */
final class EventAreaReader {

    /** Popolo's own term for an event's classification. */
    private static final Property CATEGORIES = ResourceFactory.createProperty(
            "http://www.semanticdesktop.org/ontologies/2007/04/02/ncal#categories");
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private final Reading reading;

    EventAreaReader(Reading reading) {
        this.reading = reading;
    }

    /** The event, and the place its {@code location} names (if any), added to {@code places}. */
    Optional<Event> event(Source s, Id id, java.util.function.Consumer<Place> places) {
        Optional<String> name = s.required("name");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<Code> type = s.text("classification").flatMap(c -> eventType(s, c));
        Event.Builder event = Event.builder(id, Text.of(reading.naming().languageOf(name.get()), name.get()));
        type.ifPresent(event::type);
        s.text("description").map(d -> Text.of(reading.naming().languageOf(d), d)).ifPresent(event::description);
        s.date("start_date").ifPresent(event::startDate);
        s.date("end_date").ifPresent(event::endDate);
        reading.ref(s, "organization_id", Kind.ORGANISATION).ifPresent(o -> event.organisers(java.util.List.of(o)));
        s.text("location").ifPresent(location -> {
            Id venue = reading.registry().place(location);
            places.accept(new Place(venue, PlaceKind.PLACE, Text.of(reading.naming().languageOf(location),
                    location), Optional.empty(), java.util.Set.of()));
            event.venue(venue);
        });
        s.text("classification").ifPresent(c -> reading.fact(new Fact.Plain(id, CATEGORIES, c)));
        s.text("status").ifPresent(v -> reading.fact(new Fact.Plain(id, PopoloTerms.eventStatus, v)));
        reading.ref(s, "parent_id", Kind.EVENT).ifPresent(p -> reading.fact(new Fact.Ref(id, PopoloTerms.superEvent, p)));
        for (Source attendee : s.array("attendees")) {
            reading.ref(attendee, "id", Kind.PERSON)
                    .ifPresent(p -> reading.fact(new Fact.Ref(id, PopoloTerms.attendee, p)));
        }
        identifiers(s, id);
        reading.commonFields(s, id);
        return AgentReader.build(s, event::build);
    }

    /** The event-type code of a Popolo classification; reported when there is none. */
    private static Optional<Code> eventType(Source s, String classification) {
        String text = classification.toLowerCase(Locale.ROOT);
        String code = text.contains("election") ? "election"
                : text.contains("session") || text.contains("sitting") ? "legislative-session"
                : text.contains("legislative period") || text.contains("legislative term") || text.equals("term")
                        ? "legislative-period" : null;
        if (code == null) {
            s.problem("classification", classification, "no event type for this classification; known: "
                    + "elections, legislative periods or terms, legislative sessions or sittings");
            return Optional.empty();
        }
        return Optional.of(Code.of(Schemes.EVENT_TYPE, code));
    }

    Optional<Place> area(Source s, Id id) {
        Optional<String> name = s.required("name");
        s.text("identifier").ifPresent(v -> reading.fact(new Fact.Plain(id, DCTerms.identifier, v)));
        identifiers(s, id);
        s.text("classification").or(() -> s.text("type"))
                .ifPresent(v -> reading.fact(new Fact.Plain(id, DCTerms.type, v)));
        reading.ref(s, "parent_id", Kind.PLACE)
                .ifPresent(p -> reading.fact(new Fact.Ref(id, PopoloTerms.containedInPlace, p)));
        reading.commonFields(s, id);
        return name.flatMap(n -> AgentReader.build(s, () -> new Place(id, PlaceKind.PLACE,
                Text.of(reading.naming().languageOf(n), n), Optional.empty(), java.util.Set.of())));
    }

    /** Wikidata identifiers as {@code owl:sameAs}, others as {@code dct:identifier}. */
    private void identifiers(Source s, Id id) {
        for (Source entry : s.array("identifiers")) {
            entry.required("identifier").ifPresent(value -> {
                if (entry.text("scheme").filter(Identifier.WIKIDATA::equals).isPresent()
                        && value.matches("Q[1-9][0-9]*")) {
                    reading.fact(new Fact.Link(id, OWL.sameAs, WIKIDATA_ENTITY + value));
                } else {
                    reading.fact(new Fact.Plain(id, DCTerms.identifier, value));
                }
            });
        }
    }
}
