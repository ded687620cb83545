package org.ogpld.model.authoring;

import static org.ogpld.model.authoring.AgentBinder.required;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.ogpld.model.Id;
import org.ogpld.model.InvalidPublicationException;
import org.ogpld.model.Kind;
import org.ogpld.model.Provenance;
import org.ogpld.model.Publication;
import org.ogpld.model.Slugs;
import org.ogpld.model.rdf.CodeLists;

/**
 * Reads a publication from its YAML or JSON authoring form (see {@code model/README.md}), checking structure,
 * references, codes, dates and language tags. Every problem is reported at once, each with its authoring path,
 * file and line; a file with any problem yields no publication.
 *
 * <pre>{@code
 * Authored authored = new AuthoringReader().read(Path.of("round-table.yaml"));
 * Publication publication = authored.publication();
 * }</pre>
 */
public final class AuthoringReader {

    private static final Set<String> TOP = Set.of("publication", "documents", "organisations", "persons", "posts",
            "memberships", "places", "events", "actionPlans", "commitments", "studies", "notes");
    private static final Set<String> PUBLICATION = Set.of("slug", "title", "source", "licence", "attributedTo",
            "comment", "sourceUrl", "retrieved", "transcribedBy", "translatedBy");
    /** Written for {@code licence} when the source carries no licence that is known. */
    private static final String NONE_KNOWN = "none-known";

    private final CodeLists codeLists;

    /** A reader that checks codes against the vocabulary's code lists. */
    public AuthoringReader() {
        this(CodeLists.vocabulary());
    }

    public AuthoringReader(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    /**
     * Reads a {@code .yaml}, {@code .yml} or {@code .json} file (UTF-8).
     *
     * @throws InvalidPublicationException with every problem found
     * @throws IOException                 if the file cannot be read
     */
    public Authored read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString(),
                Syntax.ofFileName(file.getFileName().toString()));
    }

    /**
     * Reads authoring text; {@code fileName} is used in problem reports.
     *
     * @throws InvalidPublicationException with every problem found
     */
    public Authored read(String content, String fileName, Syntax syntax) {
        SourceDocument source = SourceDocument.parse(content, fileName, syntax);
        Binding binding = new Binding(source, codeLists);
        Cursor root = binding.root();
        if (!root.present() || !root.node().isObject()) {
            root.problem("an authoring file is a map with the sections " + TOP);
            throw new InvalidPublicationException(binding.problems());
        }
        root.allowOnly(TOP);
        Keys.assign(root);
        Optional<Publication> publication = bind(root);
        if (!binding.problems().isEmpty() || publication.isEmpty()) {
            throw new InvalidPublicationException(binding.problems());
        }
        return new Authored(publication.get(), fileName, origins(binding));
    }

    private static Optional<Publication> bind(Cursor root) {
        Optional<Publication.Builder> head = head(root);
        Contents contents = new Contents();
        section(root, Section.DOCUMENTS, DocumentBinder::document, contents.add(Publication.Builder::document));
        section(root, Section.ORGANISATIONS, AgentBinder::organisation,
                contents.add(Publication.Builder::organisation));
        section(root, Section.PERSONS, AgentBinder::person, contents.add(Publication.Builder::person));
        section(root, Section.POSTS, AgentBinder::post, contents.add(Publication.Builder::post));
        section(root, Section.MEMBERSHIPS, AgentBinder::membership, contents.add(Publication.Builder::membership));
        section(root, Section.PLACES, EventBinder::place, contents.add(Publication.Builder::place));
        section(root, Section.EVENTS, EventBinder::event, contents.add(Publication.Builder::event));
        section(root, Section.ACTION_PLANS, PlanBinder::plan, contents.add(Publication.Builder::actionPlan));
        section(root, Section.COMMITMENTS, PlanBinder::commitment, contents.add(Publication.Builder::commitment));
        section(root, Section.STUDIES, StudyBinder::study, contents.add(Publication.Builder::study));
        root.field("notes").each(NoteBinder::note).forEach(contents.add(Publication.Builder::note));
        if (!root.binding().problems().isEmpty()) {
            return Optional.empty();
        }
        return head.flatMap(p -> Values.build(root, () -> contents.into(p).build()));
    }

    private static Optional<Publication.Builder> head(Cursor root) {
        Cursor head = root.field("publication");
        head.require();
        head.allowOnly(PUBLICATION);
        var title = required(head, "title").flatMap(Values::text);
        var source = required(head, "source").flatMap(s -> Values.ref(s, Kind.DOCUMENT));
        var licence = head.field("licence").string().filter(l -> !NONE_KNOWN.equals(l));
        var attributedTo = Values.refs(head.field("attributedTo"), Kind.PERSON, Kind.ORGANISATION);
        var comment = Values.text(head.field("comment"));
        var sourceUrl = head.field("sourceUrl").string();
        var retrieved = Values.date(head.field("retrieved"));
        var transcribedBy = Values.refs(head.field("transcribedBy"), Kind.PERSON, Kind.ORGANISATION);
        var translatedBy = Values.refs(head.field("translatedBy"), Kind.PERSON, Kind.ORGANISATION);
        var slug = head.field("slug").string().or(() -> title.map(t -> Slugs.of(t.preferred())));
        Optional<Provenance> provenance = source.flatMap(s -> title.flatMap(t -> Values.build(head,
                () -> new Provenance(s, t, licence, Set.copyOf(attributedTo), comment, sourceUrl, retrieved,
                        Set.copyOf(transcribedBy), Set.copyOf(translatedBy)))));
        return provenance.flatMap(pr -> slug.flatMap(sl -> Values.build(head, () -> Publication.builder(sl, pr))));
    }

    private static <T> void section(Cursor root, Section section, BiFunction<Id, Cursor, Optional<T>> bind,
                                    Consumer<T> add) {
        for (Map.Entry<String, Cursor> entry : root.field(section.field()).members().entrySet()) {
            root.binding().lookup(entry.getKey()).filter(e -> e.id().kind() == section.kind())
                    .flatMap(e -> bind.apply(e.id(), entry.getValue())).ifPresent(add);
        }
    }

    /** The records bound so far, added to the publication builder once its head is known. */
    private static final class Contents {
        private final List<Consumer<Publication.Builder>> additions = new ArrayList<>();

        <T> Consumer<T> add(BiConsumer<Publication.Builder, T> adder) {
            return value -> additions.add(builder -> adder.accept(builder, value));
        }

        Publication.Builder into(Publication.Builder builder) {
            additions.forEach(a -> a.accept(builder));
            return builder;
        }
    }

    private static Map<Id, Authored.Origin> origins(Binding binding) {
        Map<Id, Authored.Origin> origins = new HashMap<>();
        binding.places().forEach((id, cursor) -> {
            var at = binding.source().location(cursor.pointer());
            origins.put(id, new Authored.Origin(cursor.path(), at.map(l -> l.getLineNr()).orElse(1),
                    at.map(l -> l.getColumnNr()).orElse(1)));
        });
        return origins;
    }
}
