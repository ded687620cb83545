package org.ogpld.model.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Event;
import org.ogpld.model.Id;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.LangString;
import org.ogpld.model.Participation;
import org.ogpld.model.Talk;
import org.ogpld.model.Text;
import org.ogpld.vocab.CV;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.SCHEMA;

/**
 * {@link Event} ⇄ {@code cv:PublicEvent}/{@code schema:Event}, with its participations ({@code cv:Participation},
 * {@code {event}#participation-{category}}) and talks ({@code schema:subEvent}, {@code {event}#talk-{position}}).
 */
public final class EventMapping {

    private final Iris iris;

    public EventMapping(Iris iris) {
        this.iris = iris;
    }

    public void write(Event event, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(event.id());
        out.types(s, CV.PublicEvent, SCHEMA.Event);
        out.code(s, DCTerms.type, event.type());
        out.text(s, SCHEMA.name, event.title());
        out.text(s, DCTerms.description, event.description());
        out.date(s, SCHEMA.startDate, event.startDate());
        out.date(s, SCHEMA.endDate, event.endDate());
        out.ref(s, SCHEMA.location, event.venue());
        out.refs(s, SCHEMA.organizer, event.organisers());
        out.refs(s, SCHEMA.funder, event.funders());
        out.refs(s, DCTerms.isPartOf, event.partOf());
        out.integer(s, OGP.participantCount, event.participantCount(), XSDDatatype.XSDnonNegativeInteger);
        event.participations().forEach(p -> writeParticipation(p, s, out));
        event.talks().forEach(t -> writeTalk(t, s, out));
    }

    private static void writeParticipation(Participation p, Resource event, RdfOut out) {
        Resource s = out.part(event, "participation-" + p.category().code());
        out.model().add(event, CV.hasParticipation, s);
        out.types(s, CV.Participation);
        out.code(s, CV.role, p.category());
        out.integer(s, OGP.participantCount, p.count(), XSDDatatype.XSDnonNegativeInteger);
        out.text(s, DCTerms.description, p.description());
        out.text(s, SKOS.editorialNote, p.editorialNote());
    }

    private static void writeTalk(Talk t, Resource event, RdfOut out) {
        Resource s = out.part(event, "talk-" + t.position());
        out.model().add(event, SCHEMA.subEvent, s);
        out.types(s, SCHEMA.Event);
        out.integer(s, SCHEMA.position, t.position(), XSDDatatype.XSDinteger);
        out.text(s, SCHEMA.name, t.title());
        out.code(s, DCTerms.type, t.type());
        out.integer(s, OGP.agendaPart, t.part(), XSDDatatype.XSDpositiveInteger);
        out.ref(s, SCHEMA.performer, t.speaker());
        out.refs(s, OGP.speakerPost, t.speakerPosts());
        out.text(s, SCHEMA.about, t.topic());
        out.refs(s, SCHEMA.about, t.about());
    }

    public Event read(Resource s) {
        RdfIn in = new RdfIn(iris);
        Event.Builder event = Event.builder(in.id(s, Kind.EVENT), in.text(s, SCHEMA.name))
                .description(in.optionalText(s, DCTerms.description).orElse(null))
                .startDate(in.date(s, SCHEMA.startDate).orElse(null))
                .endDate(in.date(s, SCHEMA.endDate).orElse(null))
                .venue(in.optionalRef(s, SCHEMA.location, Kind.PLACE).orElse(null))
                .organisers(in.refs(s, SCHEMA.organizer, Kind.ORGANISATION))
                .funders(in.refs(s, SCHEMA.funder, Kind.ORGANISATION))
                .partOf(in.refs(s, DCTerms.isPartOf, Kind.ORGANISATION))
                .participantCount(in.integer(s, OGP.participantCount).orElse(null));
        in.code(s, DCTerms.type).ifPresent(event::type);
        for (RDFNode node : in.values(s, CV.hasParticipation)) {
            event.participation(readParticipation(in.iriNode(s, CV.hasParticipation, node), in));
        }
        for (RDFNode node : in.values(s, SCHEMA.subEvent)) {
            event.talk(readTalk(in.iriNode(s, SCHEMA.subEvent, node), in));
        }
        return RdfIn.construct(s, event::build);
    }

    private static Participation readParticipation(Resource s, RdfIn in) {
        return RdfIn.construct(s, () -> new Participation(
                in.code(s, CV.role).orElseThrow(() -> RdfIn.fail(s, CV.role, "a participation needs a category")),
                in.integer(s, OGP.participantCount), in.optionalText(s, DCTerms.description),
                in.optionalText(s, SKOS.editorialNote)));
    }

    private static Talk readTalk(Resource s, RdfIn in) {
        int position = in.integer(s, SCHEMA.position)
                .orElseThrow(() -> RdfIn.fail(s, SCHEMA.position, "a talk needs its position"));
        List<LangString> topic = new ArrayList<>();
        Set<Id> about = new HashSet<>();
        for (RDFNode node : in.values(s, SCHEMA.about)) {
            if (node.isLiteral()) {
                topic.add(RdfIn.construct(s, () -> LangString.of(node.asLiteral().getLexicalForm(),
                        node.asLiteral().getLanguage())));
            } else {
                about.add(in.id(in.iriNode(s, SCHEMA.about, node), Kind.values()));
            }
        }
        Optional<Id> speaker = in.optionalRef(s, SCHEMA.performer, Kind.PERSON);
        Talk.Builder talk = (speaker.isPresent() ? Talk.builder(position, in.text(s, SCHEMA.name), speaker.get())
                : Talk.builder(position, in.text(s, SCHEMA.name)))
                .speakerPosts(in.refs(s, OGP.speakerPost, Kind.POST))
                .about(about)
                .type(in.code(s, DCTerms.type).orElse(null))
                .part(in.integer(s, OGP.agendaPart).orElse(null));
        return RdfIn.construct(s, () -> talk.topic(topic.isEmpty() ? null : Text.of(topic)).build());
    }
}
