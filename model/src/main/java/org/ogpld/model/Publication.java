package org.ogpld.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything one source document says, bundled with its provenance: published as one named graph
 * ({@code {base}graph/{slug}}). Every reference between its resources must resolve within it.
 *
 * <pre>{@code
 * Publication publication = Publication.builder("press-release-2017-07-28", provenance)
 *         .document(pressRelease)
 *         .person(nuriyev)
 *         .event(roundTable)
 *         .build();
 * }</pre>
 *
 * @param slug          the name of its graph
 * @param provenance    where it comes from
 * @param documents     in id order
 * @param organisations in id order
 * @param persons       in id order
 * @param posts         in id order
 * @param memberships   in id order
 * @param places        in id order
 * @param events        in id order
 * @param actionPlans   in id order
 * @param commitments   in id order
 * @param studies       in id order
 * @param notes         data-quality notes, in subject order, at most one per subject
 */
public record Publication(String slug, Provenance provenance, List<Document> documents,
                          List<Organisation> organisations, List<Person> persons, List<Post> posts,
                          List<Membership> memberships, List<Place> places, List<Event> events,
                          List<NationalActionPlan> actionPlans, List<Commitment> commitments,
                          List<MonitoringStudy> studies, List<DataQualityNote> notes) {

    public Publication {
        Checks.required(slug, "slug");
        if (!Id.isSlug(slug)) {
            throw new IllegalArgumentException("publication slug '" + slug + "' must be a slug");
        }
        Checks.required(provenance, "provenance");
        documents = Checks.uniqueSorted(documents, Document::id, "documents");
        organisations = Checks.uniqueSorted(organisations, Organisation::id, "organisations");
        persons = Checks.uniqueSorted(persons, Person::id, "persons");
        posts = Checks.uniqueSorted(posts, Post::id, "posts");
        memberships = Checks.uniqueSorted(memberships, Membership::id, "memberships");
        places = Checks.uniqueSorted(places, Place::id, "places");
        events = Checks.uniqueSorted(events, Event::id, "events");
        actionPlans = Checks.uniqueSorted(actionPlans, NationalActionPlan::id, "actionPlans");
        commitments = Checks.uniqueSorted(commitments, Commitment::id, "commitments");
        studies = Checks.uniqueSorted(studies, MonitoringStudy::id, "studies");
        notes = Checks.uniqueSorted(notes, DataQualityNote::subject, "notes");
        Set<Id> ids = idsOf(documents, organisations, persons, posts, memberships, places, events, actionPlans,
                commitments, studies);
        for (Reference ref : References.of(provenance, documents, organisations, posts, memberships, events,
                actionPlans, commitments, studies, notes)) {
            if (!ids.contains(ref.target())) {
                throw new IllegalArgumentException(ref.path() + ": " + ref.target() + " is not in this publication");
            }
        }
    }

    /** The ids of every resource in this publication, observations included. */
    public Set<Id> ids() {
        return idsOf(documents, organisations, persons, posts, memberships, places, events, actionPlans, commitments,
                studies);
    }

    private static Set<Id> idsOf(List<Document> documents, List<Organisation> organisations, List<Person> persons,
                                 List<Post> posts, List<Membership> memberships, List<Place> places,
                                 List<Event> events, List<NationalActionPlan> actionPlans,
                                 List<Commitment> commitments, List<MonitoringStudy> studies) {
        Set<Id> ids = new HashSet<>();
        Stream.of(documents.stream().map(Document::id), organisations.stream().map(Organisation::id),
                persons.stream().map(Person::id), posts.stream().map(Post::id),
                memberships.stream().map(Membership::id), places.stream().map(Place::id),
                events.stream().map(Event::id), actionPlans.stream().map(NationalActionPlan::id),
                commitments.stream().map(Commitment::id), studies.stream().map(MonitoringStudy::id),
                studies.stream().flatMap(s -> s.observations().stream()).map(Observation::id))
                .flatMap(Function.identity()).forEach(ids::add);
        return Set.copyOf(ids);
    }

    /** Every reference from one resource of this publication to another, with where it is. */
    public List<Reference> references() {
        return References.of(provenance, documents, organisations, posts, memberships, events, actionPlans,
                commitments, studies, notes);
    }

    /** A builder for the publication whose graph is named {@code slug}. */
    public static Builder builder(String slug, Provenance provenance) {
        return new Builder(slug, provenance);
    }

    /** Builds a {@link Publication}, checking that every reference resolves. */
    public static final class Builder {
        private final String slug;
        private final Provenance provenance;
        private final List<Document> documents = new ArrayList<>();
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Person> persons = new ArrayList<>();
        private final List<Post> posts = new ArrayList<>();
        private final List<Membership> memberships = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<NationalActionPlan> actionPlans = new ArrayList<>();
        private final List<Commitment> commitments = new ArrayList<>();
        private final List<MonitoringStudy> studies = new ArrayList<>();
        private final List<DataQualityNote> notes = new ArrayList<>();

        private Builder(String slug, Provenance provenance) {
            this.slug = slug;
            this.provenance = provenance;
        }

        public Builder document(Document value) {
            documents.add(value);
            return this;
        }

        public Builder organisation(Organisation value) {
            organisations.add(value);
            return this;
        }

        public Builder person(Person value) {
            persons.add(value);
            return this;
        }

        public Builder post(Post value) {
            posts.add(value);
            return this;
        }

        public Builder membership(Membership value) {
            memberships.add(value);
            return this;
        }

        public Builder place(Place value) {
            places.add(value);
            return this;
        }

        public Builder event(Event value) {
            events.add(value);
            return this;
        }

        public Builder actionPlan(NationalActionPlan value) {
            actionPlans.add(value);
            return this;
        }

        public Builder commitment(Commitment value) {
            commitments.add(value);
            return this;
        }

        public Builder study(MonitoringStudy value) {
            studies.add(value);
            return this;
        }

        public Builder note(DataQualityNote value) {
            notes.add(value);
            return this;
        }

        /**
         * The publication.
         *
         * @throws IllegalArgumentException naming the field of the first reference that does not resolve
         */
        public Publication build() {
            return new Publication(slug, provenance, documents, organisations, persons, posts,
                    memberships, places, events, actionPlans, commitments, studies, notes);
        }
    }
}
