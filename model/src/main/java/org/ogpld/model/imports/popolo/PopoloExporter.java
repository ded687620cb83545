package org.ogpld.model.imports.popolo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ogpld.model.DateValue;
import org.ogpld.model.Id;
import org.ogpld.model.Identifier;
import org.ogpld.model.Kind;
import org.ogpld.model.LangString;
import org.ogpld.model.Membership;
import org.ogpld.model.Organisation;
import org.ogpld.model.Person;
import org.ogpld.model.Post;
import org.ogpld.model.Publication;
import org.ogpld.model.Slugs;
import org.ogpld.model.Text;

/**
 * Writes the people, organisations, posts and memberships of a publication as one Popolo JSON document. Each
 * object's {@code id} is the Popolo id it was imported with, else its OGP-LD slug; its {@code name} is the name
 * its slug was made from (else the Azerbaijani name, else the English); every name and other name is listed in
 * {@code other_names} with its language. A post's holders become memberships naming the post, as in Popolo.
 *
 * <pre>{@code
 * PopoloExporter.write(publication, System.out);
 * }</pre>
 *
 * <p>Facts kept only in an import's supplement (contact details, links, areas, parties) are not written: the
 * exporter works from the records.
 */
public final class PopoloExporter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PopoloExporter() {
    }

    /** Writes {@link #toJson(Publication)} to {@code out}, indented, in UTF-8. */
    public static void write(Publication publication, OutputStream out) throws IOException {
        JSON.writeValue(out, toJson(publication));
    }

    /** The publication's people, organisations, posts and memberships as a Popolo document. */
    public static ObjectNode toJson(Publication publication) {
        Map<Id, String> ids = new HashMap<>();
        publication.persons().forEach(p -> ids.put(p.id(), popoloId(p.id(), p.identifiers())));
        publication.organisations().forEach(o -> ids.put(o.id(), popoloId(o.id(), o.identifiers())));
        publication.posts().forEach(p -> ids.put(p.id(), p.id().slug()));
        ObjectNode document = JSON.createObjectNode();
        ArrayNode persons = document.putArray("persons");
        publication.persons().forEach(p -> persons.add(person(p, ids)));
        ArrayNode organizations = document.putArray("organizations");
        publication.organisations().forEach(o -> organizations.add(organization(o, ids)));
        ArrayNode posts = document.putArray("posts");
        publication.posts().forEach(p -> posts.add(post(p, ids)));
        ArrayNode memberships = document.putArray("memberships");
        publication.memberships().forEach(m -> memberships.add(membership(m, ids)));
        publication.posts().forEach(p -> p.holders().forEach(holder -> memberships.add(JSON.createObjectNode()
                .put("id", p.id().slug() + "-" + holder.slug()).put("person_id", ids.get(holder))
                .put("organization_id", ids.get(p.organisation())).put("post_id", ids.get(p.id()))
                .put("role", p.label().preferred()))));
        return document;
    }

    private static ObjectNode person(Person p, Map<Id, String> ids) {
        ObjectNode node = named(p.id(), ids.get(p.id()), p.name(), p.otherNames());
        identifiers(node, p.identifiers());
        String language = language(p.name());
        p.givenName().ifPresent(t -> node.put("given_name", in(t, language)));
        p.familyName().ifPresent(t -> node.put("family_name", in(t, language)));
        p.patronymicName().ifPresent(t -> node.put("patronymic_name", in(t, language)));
        p.honorificPrefix().ifPresent(t -> node.put("honorific_prefix", in(t, language)));
        p.birthDate().ifPresent(d -> node.put("birth_date", date(d)));
        p.deathDate().ifPresent(d -> node.put("death_date", date(d)));
        p.gender().ifPresent(g -> node.put("gender", g));
        return node;
    }

    private static ObjectNode organization(Organisation o, Map<Id, String> ids) {
        ObjectNode node = named(o.id(), ids.get(o.id()), o.name(), o.otherNames());
        ArrayNode others = node.withArray("other_names");
        o.acronyms().forEach(a -> others.add(JSON.createObjectNode().put("name", a.value()).put("lang", a.language())
                .put("note", "acronym")));
        identifiers(node, o.identifiers());
        node.put("classification", OrganisationKinds.word(o.kind()));
        o.parent().ifPresent(parent -> node.put("parent_id", ids.get(parent)));
        o.homepage().ifPresent(url -> node.putArray("links").add(JSON.createObjectNode().put("url", url)
                .put("note", "website")));
        return node;
    }

    private static ObjectNode post(Post p, Map<Id, String> ids) {
        ObjectNode node = JSON.createObjectNode().put("id", ids.get(p.id())).put("label", p.label().preferred())
                .put("organization_id", ids.get(p.organisation()));
        p.role().ifPresent(role -> node.put("role", role.code()));
        return node;
    }

    private static ObjectNode membership(Membership m, Map<Id, String> ids) {
        ObjectNode node = JSON.createObjectNode().put("id", m.id().slug());
        if (m.member().kind() == Kind.PERSON) {
            node.put("person_id", ids.get(m.member()));
        } else {
            node.putObject("member").put("@type", "Organization").put("id", ids.get(m.member()));
        }
        node.put("organization_id", ids.get(m.organisation()));
        m.label().ifPresent(label -> node.put("label", label.preferred()));
        m.role().ifPresent(role -> node.put("role", role.code()));
        m.during().flatMap(d -> d.start()).ifPresent(d -> node.put("start_date", date(d)));
        m.during().flatMap(d -> d.end()).ifPresent(d -> node.put("end_date", date(d)));
        return node;
    }

    /**
     * {@code id}, {@code name} (the value the resource's slug was made from, so that importing the export mints the
     * same slug; else the preferred value) and every name in {@code other_names} with its language.
     */
    private static ObjectNode named(Id resource, String id, Text name, Set<LangString> otherNames) {
        ObjectNode node = JSON.createObjectNode().put("id", id).put("name", primary(resource, name));
        ArrayNode others = node.putArray("other_names");
        name.strings().forEach(s -> others.add(JSON.createObjectNode().put("name", s.value()).put("lang", s.language())));
        otherNames.forEach(s -> {
            ObjectNode other = others.addObject().put("name", s.value());
            if (!s.language().equals("und")) {
                other.put("lang", s.language());
            }
        });
        return node;
    }

    private static String primary(Id resource, Text name) {
        java.util.Collection<String> values = name.values().values();
        return values.stream().filter(v -> Slugs.of(v).equals(resource.slug())).findFirst()
                .or(() -> values.stream().filter(v -> resource.slug().matches(
                        java.util.regex.Pattern.quote(Slugs.of(v)) + "-[0-9]+")).findFirst())
                .orElseGet(name::preferred);
    }

    private static void identifiers(ObjectNode node, Set<Identifier> identifiers) {
        ArrayNode array = node.putArray("identifiers");
        identifiers.stream().filter(i -> !i.scheme().equals(Reading.POPOLO_ID)).forEach(i -> array.add(
                JSON.createObjectNode().put("scheme", i.scheme()).put("identifier", i.value())));
    }

    private static String popoloId(Id id, Set<Identifier> identifiers) {
        return identifiers.stream().filter(i -> i.scheme().equals(Reading.POPOLO_ID)).map(Identifier::value)
                .findFirst().orElse(id.slug());
    }

    private static String language(Text name) {
        return name.az().isPresent() ? Text.AZ : name.en().isPresent() ? Text.EN : name.values().firstKey();
    }

    private static String in(Text text, String language) {
        return text.in(language).orElseGet(text::preferred);
    }

    private static String date(DateValue date) {
        return date.iso().or(date::asWritten).orElseThrow();
    }
}
