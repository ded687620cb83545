package org.ogpld.bench.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.Code;
import org.ogpld.model.DateValue;
import org.ogpld.model.Document;
import org.ogpld.model.DocumentKind;
import org.ogpld.model.Event;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;
import org.ogpld.model.MonitoringStudy;
import org.ogpld.model.Observation;
import org.ogpld.model.Organisation;
import org.ogpld.model.Participation;
import org.ogpld.model.Provenance;
import org.ogpld.model.Publication;
import org.ogpld.model.Schemes;
import org.ogpld.model.Slugs;
import org.ogpld.model.Talk;
import org.ogpld.model.Text;

/**
 * One publication per event, as a press release like the seed would give it: the event with its venue, organisers,
 * funders, programme and project, participant counts per category and talks, each speaker with their post and
 * membership, and for one event in four a monitoring study of service centres presented at it.
 */
final class EventPublications {

    private static final List<String> TYPES = List.of("round-table", "round-table", "conference", "workshop",
            "training", "press-conference");
    private static final Map<String, String[]> TYPE_WORDS = Map.of("round-table", new String[] {"dəyirmi masa",
            "Round table"}, "conference", new String[] {"konfrans", "Conference"}, "workshop", new String[] {"seminar",
            "Workshop"}, "training", new String[] {"təlim", "Training"}, "press-conference",
            new String[] {"mətbuat konfransı", "Press conference"});
    private static final List<String> CATEGORIES = List.of("state-body", "embassy", "international-organisation",
            "ngo-platform-member", "ngo-non-member", "media", "expert");
    private static final List<String> CRITERIA = List.of("transparency", "convenience", "promptness", "courtesy",
            "responsibility", "citizen-satisfaction");
    private static final List<String> LEVELS = List.of("low", "medium", "high");
    private static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
    private static final int DAYS = 13 * 365;

    private final long seed;
    private final Organisations organisations;
    private final People people;
    private final int personCount;

    EventPublications(long seed, Organisations organisations, People people, int personCount) {
        this.seed = seed;
        this.organisations = organisations;
        this.people = people;
        this.personCount = personCount;
    }

    Publication publication(int e) {
        Draw draw = Draw.of(seed, "event", e);
        String type = draw.pick(TYPES);
        var topic = draw.pick(Names.TOPICS);
        LocalDate day = FIRST_DAY.plusDays(draw.between(0, DAYS));
        String[] words = TYPE_WORDS.get(type);
        Text title = Text.of(Text.AZ, capitalised(topic.getKey()) + " mövzusunda " + words[0],
                Text.EN, words[1] + " on " + topic.getValue());
        Id eventId = Id.of(Kind.EVENT, Slugs.of(words[1] + " " + topic.getValue() + " " + day) + "-" + (e + 1));
        Map<Id, Organisation> orgs = new LinkedHashMap<>();
        List<Id> organisers = add(orgs, organisations.ngo(draw.between(0, organisations.ngoCount() - 1)));
        if (draw.chance(0.3)) {
            organisers.addAll(add(orgs, organisations.body(draw.between(0, Names.BODIES.size() - 1))));
        }
        List<Id> funders = new ArrayList<>();
        for (int i = draw.between(0, 2); i > 0; i--) {
            funders.addAll(add(orgs, organisations.funder(draw.between(0, Names.FUNDERS.size() - 1))));
        }
        List<Id> partOf = add(orgs, organisations.project(Names.TOPICS.indexOf(topic)));
        if (draw.chance(0.5)) {
            partOf.addAll(add(orgs, organisations.programme()));
        }
        var venue = organisations.venue(draw.between(0, Names.VENUES.size() - 1));
        Event.Builder event = Event.builder(eventId, title).type(Code.of(Schemes.EVENT_TYPE, type))
                .startDate(draw.chance(0.2) ? DateValue.of(OffsetDateTime.of(day, LocalTime.of(10, 0), ZoneOffset.ofHours(4)))
                        : DateValue.of(day))
                .venue(venue.id()).organisers(organisers).funders(funders).partOf(partOf);
        int total = participations(draw, event);
        event.participantCount(total);
        Optional<MonitoringStudy> study = draw.chance(0.25)
                ? Optional.of(study(draw, eventId, topic.getValue(), organisers, funders, day, orgs)) : Optional.empty();
        Document release = pressRelease(draw, eventId, title, day, organisers.get(0));
        Publication.Builder p = Publication.builder(release.id().slug(), new Provenance(release.id(), title,
                Optional.of("https://creativecommons.org/licenses/by/4.0/"), Set.of(organisers.get(0)), Optional.empty()));
        speakers(draw, event, topic, study.map(MonitoringStudy::id), orgs, p);
        p.document(release).event(event.build()).place(venue);
        study.ifPresent(p::study);
        orgs.values().forEach(p::organisation);
        return p.build();
    }

    private int participations(Draw draw, Event.Builder event) {
        Set<String> categories = new LinkedHashSet<>();
        int wanted = draw.between(2, 4);
        while (categories.size() < wanted) {
            categories.add(draw.pick(CATEGORIES));
        }
        int total = 0;
        for (String category : categories) {
            int count = draw.between(1, 30);
            total += count;
            event.participation(Participation.of(Code.of(Schemes.PARTICIPANT_CATEGORY, category), count));
        }
        return total;
    }

    /** Adds the talks to {@code event}, and the speakers with their posts and memberships to {@code p}. */
    private void speakers(Draw draw, Event.Builder event, Map.Entry<String, String> topic, Optional<Id> study,
                          Map<Id, Organisation> orgs, Publication.Builder p) {
        Set<Integer> speakers = new LinkedHashSet<>();
        int wanted = Math.min(personCount, draw.between(2, 6));
        while (speakers.size() < wanted) {
            speakers.add(draw.between(0, personCount - 1));
        }
        int position = 1;
        for (int j : speakers) {
            Text talkTitle = position == 1 ? Text.of(Text.AZ, "Açılış nitqi", Text.EN, "Opening speech")
                    : Text.of(Text.AZ, "Məruzə: " + topic.getKey(), Text.EN, "Report on " + topic.getValue());
            var post = people.post(j);
            event.talk(Talk.builder(position, talkTitle, people.id(j)).speakerPosts(Set.of(post.id()))
                    .about(position > 1 ? study.map(Set::of).orElse(Set.of()) : Set.of()).build());
            add(orgs, people.employer(j));
            p.person(people.person(j)).post(post).membership(people.membership(j));
            position++;
        }
    }

    private MonitoringStudy study(Draw draw, Id eventId, String topic, List<Id> conductedBy, List<Id> funders,
                                  LocalDate day, Map<Id, Organisation> orgs) {
        Id id = Id.of(Kind.STUDY, "monitoring-" + eventId.slug());
        add(orgs, organisations.asan());
        Set<Integer> units = new LinkedHashSet<>();
        int wanted = draw.between(3, 9);
        while (units.size() < wanted) {
            units.add(draw.between(0, 29));
        }
        List<Observation> observations = new ArrayList<>();
        for (int u : units) {
            Organisation unit = organisations.serviceCentre(u);
            add(orgs, unit);
            for (String criterion : CRITERIA) {
                Optional<BigDecimal> score = draw.chance(0.3)
                        ? Optional.of(BigDecimal.valueOf(draw.between(10, 50), 1)) : Optional.empty();
                observations.add(new Observation(Id.of(Kind.OBSERVATION, id.slug() + "-" + (u + 1) + "-" + criterion),
                        unit.id(), Code.of(Schemes.SERVICE_QUALITY_CRITERION, criterion),
                        Code.of(Schemes.SERVICE_QUALITY_LEVEL, draw.pick(LEVELS)), score));
            }
        }
        return new MonitoringStudy(id, Text.of(Text.AZ, "Dövlət xidmətlərinin monitorinqi", Text.EN,
                "Monitoring of public services: " + topic), Optional.of(Text.en(units.size()
                + " service centres assessed on six criteria")), Set.copyOf(conductedBy), Set.copyOf(funders),
                Optional.of(DateValue.of(day.minusDays(draw.between(7, 60)))), observations);
    }

    private static Document pressRelease(Draw draw, Id eventId, Text title, LocalDate day, Id publisher) {
        Document.Builder release = Document.builder(Id.of(Kind.DOCUMENT, "press-release-" + eventId.slug()),
                        DocumentKind.PRESS_RELEASE, Text.of(Text.AZ, "Mətbuat relizi: " + title.az().orElseThrow(),
                                Text.EN, "Press release: " + title.en().orElseThrow()))
                .issued(DateValue.of(day.plusDays(draw.between(0, 15)))).language("az").publisher(publisher)
                .url("https://" + publisher.slug() + ".example.org/news/" + eventId.slug()).about(Set.of(eventId));
        if (draw.chance(0.5)) {
            release.language("en");
        }
        return release.build();
    }

    private static List<Id> add(Map<Id, Organisation> orgs, Organisation organisation) {
        orgs.putIfAbsent(organisation.id(), organisation);
        List<Id> ids = new ArrayList<>();
        ids.add(organisation.id());
        return ids;
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("az")) + text.substring(1);
    }
}
