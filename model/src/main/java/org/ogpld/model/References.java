package org.ogpld.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Lists every reference a publication makes from one resource to another. */
final class References {

    private final List<Reference> found = new ArrayList<>();

    private References() {
    }

    static List<Reference> of(Provenance provenance, List<Document> documents, List<Organisation> organisations,
                              List<Post> posts, List<Membership> memberships, List<Event> events,
                              List<NationalActionPlan> actionPlans, List<Commitment> commitments,
                              List<MonitoringStudy> studies, List<DataQualityNote> notes) {
        References refs = new References();
        refs.add("provenance.source", provenance.source());
        refs.addAll("provenance.attributedTo", provenance.attributedTo());
        refs.addAll("provenance.transcribedBy", provenance.transcribedBy());
        refs.addAll("provenance.translatedBy", provenance.translatedBy());
        documents.forEach(refs::document);
        organisations.forEach(refs::organisation);
        posts.forEach(refs::post);
        memberships.forEach(refs::membership);
        events.forEach(refs::event);
        actionPlans.forEach(a -> refs.add(at("actionPlans", a.id()) + ".submittedBy", a.submittedBy()));
        commitments.forEach(refs::commitment);
        studies.forEach(refs::study);
        notes.forEach(refs::note);
        return List.copyOf(refs.found);
    }

    private void document(Document d) {
        String at = at("documents", d.id());
        add(at + ".publisher", d.publisher());
        addAll(at + ".creators", d.creators());
        addAll(at + ".about", d.about());
    }

    private void organisation(Organisation o) {
        String at = at("organisations", o.id());
        add(at + ".parent", o.parent());
        addAll(at + ".funders", o.funders());
        addAll(at + ".implementers", o.implementers());
    }

    private void post(Post p) {
        String at = at("posts", p.id());
        add(at + ".organisation", p.organisation());
        addAll(at + ".holders", p.holders());
    }

    private void membership(Membership m) {
        String at = at("memberships", m.id());
        add(at + ".member", m.member());
        add(at + ".organisation", m.organisation());
    }

    private void event(Event e) {
        String at = at("events", e.id());
        add(at + ".venue", e.venue());
        addAll(at + ".organisers", e.organisers());
        addAll(at + ".funders", e.funders());
        addAll(at + ".partOf", e.partOf());
        for (Talk t : e.talks()) {
            String talk = at + ".talks[" + t.position() + "]";
            add(talk + ".speaker", t.speaker());
            addAll(talk + ".speakerPosts", t.speakerPosts());
            addAll(talk + ".about", t.about());
        }
    }

    private void commitment(Commitment c) {
        String at = at("commitments", c.id());
        add(at + ".actionPlan", c.actionPlan());
        addAll(at + ".leadInstitutions", c.leadInstitutions());
        addAll(at + ".supportingInstitutions", c.supportingInstitutions());
    }

    private void study(MonitoringStudy s) {
        String at = at("studies", s.id());
        addAll(at + ".conductedBy", s.conductedBy());
        addAll(at + ".funders", s.funders());
        s.observations().forEach(o -> add(at + ".observations[" + o.id() + "].unit", o.unit()));
    }

    private void note(DataQualityNote n) {
        String at = at("notes", n.subject());
        add(at + ".subject", n.subject());
        n.claims().forEach(c -> add(at + ".claims.source", c.source()));
    }

    private static String at(String list, Id id) {
        return list + "[" + id + "]";
    }

    private void add(String path, Id id) {
        found.add(new Reference(path, id));
    }

    private void add(String path, Optional<Id> id) {
        id.ifPresent(i -> add(path, i));
    }

    private void addAll(String path, Collection<Id> ids) {
        ids.forEach(i -> add(path, i));
    }
}
