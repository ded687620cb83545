package org.ogpld.model.authoring;

import static org.ogpld.model.authoring.AgentBinder.required;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.Claim;
import org.ogpld.model.ClaimValue;
import org.ogpld.model.Count;
import org.ogpld.model.DataQualityNote;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;
import org.ogpld.model.LangString;
import org.ogpld.model.Text;

/** Binds data-quality notes and their claims. */
final class NoteBinder {

    private static final Set<String> NOTE = Set.of("subject", "note", "claims");
    private static final Set<String> CLAIM = Set.of("property", "value", "source", "statedIn");
    /** Field names a claim may use instead of a property IRI. */
    private static final Map<String, String> PROPERTIES = Map.of(
            "startDate", "https://schema.org/startDate",
            "endDate", "https://schema.org/endDate",
            "issued", "http://purl.org/dc/terms/issued",
            "participantCount", "https://w3id.org/ogp-ld/ns#participantCount");

    private NoteBinder() {
    }

    static Optional<DataQualityNote> note(Cursor c) {
        c.allowOnly(NOTE);
        var subject = required(c, "subject").flatMap(s -> Values.ref(s, Kind.values()));
        var note = required(c, "note").flatMap(Values::text);
        var claims = c.field("claims").each(NoteBinder::claim);
        if (subject.isEmpty() || note.isEmpty()) {
            return Optional.empty();
        }
        return Values.build(c, () -> new DataQualityNote(subject.get(), note.get(), claims));
    }

    private static Optional<Claim> claim(Cursor c) {
        c.allowOnly(CLAIM);
        var property = required(c, "property").flatMap(NoteBinder::property);
        var value = required(c, "value").flatMap(NoteBinder::value);
        Optional<Id> source = Values.ref(c.field("source"), Kind.DOCUMENT);
        var statedIn = Values.text(c.field("statedIn"));
        if (property.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        return Values.build(c, () -> new Claim(property.get(), value.get(), source, statedIn));
    }

    private static Optional<String> property(Cursor c) {
        return c.string().flatMap(name -> {
            if (PROPERTIES.containsKey(name)) {
                return Optional.of(PROPERTIES.get(name));
            }
            if (name.startsWith("http://") || name.startsWith("https://")) {
                return Optional.of(name);
            }
            return Values.fail(c, "unknown property '" + name + "'; use one of " + PROPERTIES.keySet().stream()
                    .sorted().toList() + " or an absolute property IRI");
        });
    }

    /** A date (text or {date, asWritten}), a whole number, or a text in one language. */
    private static Optional<ClaimValue> value(Cursor c) {
        if (c.node().isIntegralNumber()) {
            return Values.count(c).map(Count::new);
        }
        if (c.node().isObject() && !c.node().has("date") && !c.node().has("asWritten")) {
            return Values.text(c).flatMap(t -> one(c, t));
        }
        return Values.date(c).map(ClaimValue.class::cast);
    }

    private static Optional<ClaimValue> one(Cursor c, Text text) {
        if (text.values().size() != 1) {
            return Values.fail(c, "a claimed text is what one source wrote, in one language");
        }
        return text.strings().stream().findFirst().map(LangString.class::cast);
    }
}
