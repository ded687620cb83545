package org.ogpld.model.authoring;

import static org.ogpld.model.authoring.AgentBinder.required;

import java.util.Optional;
import java.util.Set;
import org.ogpld.model.Document;
import org.ogpld.model.DocumentKind;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;

/** Binds documents. */
final class DocumentBinder {

    private static final Set<String> DOCUMENT = Set.of("slug", "kind", "title", "description", "issued", "languages",
            "publisher", "creators", "url", "about", "draft", "start", "end");

    private DocumentBinder() {
    }

    static Optional<Document> document(Id id, Cursor c) {
        c.allowOnly(DOCUMENT);
        var kind = AgentBinder.Enums.value(c.field("kind"), DocumentKind.class);
        var title = required(c, "title").flatMap(Values::text);
        var description = Values.text(c.field("description"));
        var issued = Values.date(c.field("issued"));
        var languages = c.field("languages").each(Values::language);
        var publisher = Values.ref(c.field("publisher"), Kind.ORGANISATION);
        var creators = Values.refs(c.field("creators"), Kind.PERSON, Kind.ORGANISATION);
        var url = c.field("url").string();
        var about = Values.refs(c.field("about"), Kind.values());
        var draft = Values.bool(c.field("draft"));
        var start = Values.date(c.field("start"));
        var end = Values.date(c.field("end"));
        if (kind.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Values.build(c, () -> {
            Document.Builder d = Document.builder(id, kind.get(), title.get()).description(description.orElse(null))
                    .issued(issued.orElse(null)).publisher(publisher.orElse(null)).creators(creators)
                    .url(url.orElse(null)).about(about).draft(draft.orElse(false))
                    .period(start.orElse(null), end.orElse(null));
            languages.forEach(d::language);
            return d.build();
        });
    }
}
