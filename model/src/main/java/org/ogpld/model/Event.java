package org.ogpld.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A public event such as a round table, with its venue, organisers, funders, the programmes and projects it belongs
 * to, who took part, and its agenda of talks.
 *
 * <pre>{@code
 * Event roundTable = Event.builder(Id.of(Kind.EVENT, "ogp-platform-round-table-2017"), Text.of("az", "Dəyirmi masa", "en", "Round table"))
 *         .type(Code.of(Schemes.EVENT_TYPE, "round-table"))
 *         .startDate(DateValue.parseIso("2017-07-13"))
 *         .participantCount(59)
 *         .build();
 * }</pre>
 *
 * @param id               an {@link Kind#EVENT} id
 * @param type             from the {@value Schemes#EVENT_TYPE} code list
 * @param title            the event's name
 * @param description      what it was about
 * @param startDate        when it began
 * @param endDate          when it ended
 * @param venue            where it took place (a place)
 * @param organisers       who organised it (organisations)
 * @param funders          who paid for it (organisations)
 * @param partOf           the programmes and projects it belongs to (organisations)
 * @param participantCount how many took part in total
 * @param participations   who took part, one entry per category, in category order
 * @param talks            the agenda, in position order
 */
public record Event(Id id, Optional<Code> type, Text title, Optional<Text> description,
                    Optional<DateValue> startDate, Optional<DateValue> endDate, Optional<Id> venue,
                    Set<Id> organisers, Set<Id> funders, Set<Id> partOf, Optional<Integer> participantCount,
                    List<Participation> participations, List<Talk> talks) {

    public Event {
        Checks.kind(id, Kind.EVENT, "id");
        type = Checks.optional(type);
        type.ifPresent(t -> t.requireScheme(Schemes.EVENT_TYPE, false, "type"));
        Checks.required(title, "title");
        description = Checks.optional(description);
        startDate = Checks.optional(startDate);
        endDate = Checks.optional(endDate);
        venue = Checks.kind(venue, Kind.PLACE, "venue");
        organisers = Checks.kinds(organisers, Kind.ORGANISATION, "organisers");
        funders = Checks.kinds(funders, Kind.ORGANISATION, "funders");
        partOf = Checks.kinds(partOf, Kind.ORGANISATION, "partOf");
        participantCount = Checks.nonNegative(participantCount, "participantCount");
        participations = Checks.uniqueSorted(participations, Participation::category, "participations");
        talks = Checks.uniqueSorted(talks, Talk::position, "talks");
    }

    /** A builder for the event {@code id} titled {@code title}. */
    public static Builder builder(Id id, Text title) {
        return new Builder(id, title);
    }

    /** Builds an {@link Event}. */
    public static final class Builder {
        private final Id id;
        private final Text title;
        private Code type;
        private Text description;
        private DateValue startDate;
        private DateValue endDate;
        private Id venue;
        private final List<Id> organisers = new ArrayList<>();
        private final List<Id> funders = new ArrayList<>();
        private final List<Id> partOf = new ArrayList<>();
        private Integer participantCount;
        private final List<Participation> participations = new ArrayList<>();
        private final List<Talk> talks = new ArrayList<>();

        private Builder(Id id, Text title) {
            this.id = id;
            this.title = title;
        }

        public Builder type(Code type) {
            this.type = type;
            return this;
        }

        public Builder description(Text description) {
            this.description = description;
            return this;
        }

        public Builder startDate(DateValue date) {
            this.startDate = date;
            return this;
        }

        public Builder endDate(DateValue date) {
            this.endDate = date;
            return this;
        }

        public Builder venue(Id place) {
            this.venue = place;
            return this;
        }

        public Builder organisers(Collection<Id> ids) {
            organisers.addAll(ids);
            return this;
        }

        public Builder funders(Collection<Id> ids) {
            funders.addAll(ids);
            return this;
        }

        public Builder partOf(Collection<Id> ids) {
            partOf.addAll(ids);
            return this;
        }

        public Builder participantCount(Integer count) {
            this.participantCount = count;
            return this;
        }

        public Builder participation(Participation participation) {
            participations.add(participation);
            return this;
        }

        public Builder talk(Talk talk) {
            talks.add(talk);
            return this;
        }

        public Event build() {
            return new Event(id, Optional.ofNullable(type), title, Optional.ofNullable(description),
                    Optional.ofNullable(startDate), Optional.ofNullable(endDate), Optional.ofNullable(venue),
                    new java.util.HashSet<>(organisers), new java.util.HashSet<>(funders), new java.util.HashSet<>(partOf),
                    Optional.ofNullable(participantCount), participations, talks);
        }
    }
}
