package org.ogpld.model.imports.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Id;
import org.ogpld.model.Interval;
import org.ogpld.model.Kind;
import org.ogpld.model.Membership;
import org.ogpld.model.Post;
import org.ogpld.model.Text;

/**
 * Reads Popolo posts and memberships. A post's holders are the persons of the memberships that name it; a
 * membership without {@code organization_id} belongs to its post's organisation.
 */
final class RelationReader {

    /** A post read, waiting for its holders. */
    private record PostDraft(Id id, Text label, Id organisation) {
    }

    private final Reading reading;
    private final Map<String, PostDraft> posts = new LinkedHashMap<>();
    private final Map<Id, Set<Id>> holders = new HashMap<>();

    RelationReader(Reading reading) {
        this.reading = reading;
    }

    void post(Source s, Id id, String popoloId) {
        Optional<String> label = s.required("label");
        Optional<Id> organisation = reading.ref(s, "organization_id", Kind.ORGANISATION);
        if (s.text("organization_id").isEmpty()) {
            s.problem("organization_id", null, "required field is missing");
        }
        s.strings("other_label").forEach(other -> reading.fact(new Fact.Plain(id, SKOS.altLabel, other)));
        s.text("role").ifPresent(role -> reading.fact(new Fact.Labelled(id, ORG.role, "role", PopoloTerms.Role,
                role)));
        s.date("start_date").ifPresent(d -> reading.fact(new Fact.Dated(id, PopoloTerms.validFrom, d)));
        s.date("end_date").ifPresent(d -> reading.fact(new Fact.Dated(id, PopoloTerms.validUntil, d)));
        reading.ref(s, "area_id", Kind.PLACE).ifPresent(a -> reading.fact(new Fact.Ref(id, PopoloTerms.area, a)));
        reading.commonFields(s, id);
        if (label.isPresent() && organisation.isPresent()) {
            Text text = Text.of(reading.naming().languageOf(label.get()), label.get());
            posts.put(popoloId, new PostDraft(id, text, organisation.get()));
        }
    }

    Optional<Membership> membership(Source s, Id id) {
        Optional<Id> member = member(s);
        Optional<String> postId = s.text("post_id");
        Optional<PostDraft> post = postId.flatMap(p -> Optional.ofNullable(posts.get(p)));
        postId.filter(p -> post.isEmpty()).ifPresent(p -> reading.ref(s, "post_id", p, Kind.POST));
        Optional<Id> organisation = s.text("organization_id").isPresent()
                ? reading.ref(s, "organization_id", Kind.ORGANISATION) : post.map(PostDraft::organisation);
        if (s.text("organization_id").isEmpty() && post.isEmpty()) {
            s.problem("organization_id", null, "required field is missing (and no post gives the organisation)");
        }
        Optional<Text> label = s.text("label").map(l -> Text.of(reading.naming().languageOf(l), l));
        Optional<org.ogpld.model.DateValue> start = s.date("start_date");
        Optional<org.ogpld.model.DateValue> end = s.date("end_date");
        Optional<Interval> during = start.isPresent() || end.isPresent()
                ? Optional.of(new Interval(start, end)) : Optional.empty();
        s.text("role").ifPresent(role -> reading.fact(new Fact.Labelled(id, ORG.role, "role", PopoloTerms.Role,
                role)));
        post.ifPresent(p -> reading.fact(new Fact.Ref(id, PopoloTerms.post, p.id())));
        reading.ref(s, "on_behalf_of_id", Kind.ORGANISATION)
                .ifPresent(o -> reading.fact(new Fact.Ref(id, PopoloTerms.onBehalfOf, o)));
        reading.ref(s, "area_id", Kind.PLACE).ifPresent(a -> reading.fact(new Fact.Ref(id, PopoloTerms.area, a)));
        reading.ref(s, "legislative_period_id", Kind.EVENT)
                .ifPresent(e -> reading.fact(new Fact.Ref(id, DCTerms.temporal, e)));
        reading.commonFields(s, id);
        if (member.isEmpty() || organisation.isEmpty()) {
            return Optional.empty();
        }
        post.filter(p -> member.get().kind() == Kind.PERSON)
                .ifPresent(p -> holders.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).add(member.get()));
        return AgentReader.build(s, () -> new Membership(id, member.get(), organisation.get(), Optional.empty(),
                label, during));
    }

    /** {@code person_id}, or {@code member} as {@code {"@type": "Person"|"Organization", "id": …}}. */
    private Optional<Id> member(Source s) {
        if (s.text("person_id").isPresent()) {
            return reading.ref(s, "person_id", Kind.PERSON);
        }
        JsonNode member = s.node().get("member");
        if (member != null && member.isObject() && member.path("id").isTextual()) {
            Kind kind = "Organization".equals(member.path("@type").asText()) ? Kind.ORGANISATION : Kind.PERSON;
            return reading.ref(s, "member", member.path("id").asText(), kind, kind == Kind.PERSON
                    ? Kind.ORGANISATION : Kind.PERSON);
        }
        s.problem("person_id", null, "required field is missing (a membership needs person_id or member)");
        return Optional.empty();
    }

    /** The posts read, each with the persons whose memberships name it. */
    List<Post> posts() {
        return posts.values().stream().map(p -> new Post(p.id(), p.label(), p.organisation(), Optional.empty(),
                holders.getOrDefault(p.id(), Set.of()))).toList();
    }
}
