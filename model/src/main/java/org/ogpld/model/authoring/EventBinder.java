package org.ogpld.model.authoring;

import static org.ogpld.model.authoring.AgentBinder.required;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.ogpld.model.Address;
import org.ogpld.model.Event;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;
import org.ogpld.model.Participation;
import org.ogpld.model.Place;
import org.ogpld.model.PlaceKind;
import org.ogpld.model.Schemes;
import org.ogpld.model.Talk;

/** Binds places and events with their participations and talks. */
final class EventBinder {

    private static final Set<String> PLACE = Set.of("slug", "kind", "name", "address", "containedIn");
    private static final Set<String> ADDRESS = Set.of("fullAddress", "thoroughfare", "locatorDesignator", "postCode",
            "postName", "adminUnitL1");
    private static final Set<String> EVENT = Set.of("slug", "type", "title", "description", "startDate", "endDate",
            "venue", "organisers", "funders", "partOf", "participantCount", "participations", "talks");
    private static final Set<String> PARTICIPATION = Set.of("category", "count", "description", "editorialNote");
    private static final Set<String> TALK = Set.of("title", "type", "part", "speaker", "speakerPosts", "topic",
            "about");

    private EventBinder() {
    }

    static Optional<Place> place(Id id, Cursor c) {
        c.allowOnly(PLACE);
        var kind = AgentBinder.Enums.optionalValue(c.field("kind"), PlaceKind.class);
        var name = required(c, "name").flatMap(Values::text);
        var address = address(c.field("address"));
        var containedIn = c.field("containedIn").each(Values::geoName);
        return name.flatMap(n -> Values.build(c, () -> new Place(id, kind.orElse(PlaceKind.PLACE), n, address,
                Set.copyOf(containedIn))));
    }

    private static Optional<Address> address(Cursor c) {
        if (!c.present()) {
            return Optional.empty();
        }
        c.allowOnly(ADDRESS);
        var full = required(c, "fullAddress").flatMap(Values::text);
        var thoroughfare = Values.text(c.field("thoroughfare"));
        var designator = c.field("locatorDesignator").string();
        var postCode = c.field("postCode").string();
        var postName = Values.text(c.field("postName"));
        var country = Values.text(c.field("adminUnitL1"));
        return full.flatMap(f -> Values.build(c, () -> new Address(f, thoroughfare, designator, postCode, postName,
                country)));
    }

    static Optional<Event> event(Id id, Cursor c) {
        c.allowOnly(EVENT);
        var title = required(c, "title").flatMap(Values::text);
        var type = Values.code(c.field("type"), Schemes.EVENT_TYPE, false);
        var description = Values.text(c.field("description"));
        var start = Values.date(c.field("startDate"));
        var end = Values.date(c.field("endDate"));
        var venue = Values.ref(c.field("venue"), Kind.PLACE);
        var organisers = Values.refs(c.field("organisers"), Kind.ORGANISATION);
        var funders = Values.refs(c.field("funders"), Kind.ORGANISATION);
        var partOf = Values.refs(c.field("partOf"), Kind.ORGANISATION);
        var count = Values.count(c.field("participantCount"));
        var participations = c.field("participations").each(EventBinder::participation);
        List<Cursor> talkCursors = c.field("talks").elements();
        var talks = IntStream.range(0, talkCursors.size()).mapToObj(i -> talk(i + 1, talkCursors.get(i)))
                .flatMap(Optional::stream).toList();
        return title.flatMap(t -> Values.build(c, () -> {
            Event.Builder e = Event.builder(id, t).type(type.orElse(null)).description(description.orElse(null))
                    .startDate(start.orElse(null)).endDate(end.orElse(null)).venue(venue.orElse(null))
                    .organisers(organisers).funders(funders).partOf(partOf).participantCount(count.orElse(null));
            participations.forEach(e::participation);
            talks.forEach(e::talk);
            return e.build();
        }));
    }

    private static Optional<Participation> participation(Cursor c) {
        c.allowOnly(PARTICIPATION);
        var category = required(c, "category").flatMap(k -> Values.code(k, Schemes.PARTICIPANT_CATEGORY, false));
        var count = Values.count(c.field("count"));
        var description = Values.text(c.field("description"));
        var note = Values.text(c.field("editorialNote"));
        return category.flatMap(k -> Values.build(c, () -> new Participation(k, count, description, note)));
    }

    private static Optional<Talk> talk(int position, Cursor c) {
        c.allowOnly(TALK);
        var title = required(c, "title").flatMap(Values::text);
        var type = Values.code(c.field("type"), Schemes.EVENT_TYPE, false);
        var part = Values.count(c.field("part"));
        var speaker = Values.ref(c.field("speaker"), Kind.PERSON);
        var posts = Values.refs(c.field("speakerPosts"), Kind.POST);
        var topic = Values.text(c.field("topic"));
        var about = Values.refs(c.field("about"), Kind.values());
        if (speaker.isEmpty() && !posts.isEmpty()) {
            c.field("speaker").require();
            return Optional.empty();
        }
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Values.build(c, () -> (speaker.isPresent() ? Talk.builder(position, title.get(), speaker.get())
                : Talk.builder(position, title.get())).speakerPosts(posts).topic(topic.orElse(null))
                .about(new HashSet<>(about)).type(type.orElse(null)).part(part.orElse(null)).build());
    }
}
