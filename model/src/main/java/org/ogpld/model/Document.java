package org.ogpld.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A document: a press release, a report, a (draft) plan, a dataset.
 *
 * @param id          a {@link Kind#DOCUMENT} id
 * @param kind        what sort of document
 * @param title       its title in each language
 * @param description what it says
 * @param issued      when it was published
 * @param languages   the languages it is written in (BCP 47 tags, canonical case)
 * @param publisher   who published it (an organisation)
 * @param creators    who wrote it (persons or organisations)
 * @param url         where it can be read, an absolute http(s) URL
 * @param about       the resources it is about (events, studies, organisations…)
 * @param draft       whether it is a draft
 * @param start       for a plan, the start of the period it covers
 * @param end         for a plan, the end of the period it covers
 */
public record Document(Id id, DocumentKind kind, Text title, Optional<Text> description,
                       Optional<DateValue> issued, Set<String> languages, Optional<Id> publisher, Set<Id> creators,
                       Optional<String> url, Set<Id> about, boolean draft, Optional<DateValue> start,
                       Optional<DateValue> end) {

    public Document {
        Checks.kind(id, Kind.DOCUMENT, "id");
        Checks.required(kind, "kind");
        Checks.required(title, "title");
        description = Checks.optional(description);
        issued = Checks.optional(issued);
        languages = Checks.sortedSet(languages == null ? null
                : languages.stream().map(Document::language).toList(), "languages");
        publisher = Checks.kind(publisher, Kind.ORGANISATION, "publisher");
        creators = Checks.sortedSet(creators, "creators");
        creators.forEach(c -> {
            if (c.kind() != Kind.PERSON && c.kind() != Kind.ORGANISATION) {
                throw new IllegalArgumentException("creators must be person or organisation ids, not " + c);
            }
        });
        url = Urls.optional(url, "url");
        about = Checks.sortedSet(about, "about");
        start = Checks.optional(start);
        end = Checks.optional(end);
    }

    private static String language(String tag) {
        String canonical = LanguageTags.canonical(Checks.required(tag, "language"));
        if (canonical.contains("-")) {
            throw new IllegalArgumentException("document language '" + tag
                    + "' must be a language alone, such as 'az' or 'en'");
        }
        return canonical;
    }

    /** A builder for document {@code id} of {@code kind} titled {@code title}. */
    public static Builder builder(Id id, DocumentKind kind, Text title) {
        return new Builder(id, kind, title);
    }

    /** Builds a {@link Document}. */
    public static final class Builder {
        private final Id id;
        private final DocumentKind kind;
        private final Text title;
        private Text description;
        private DateValue issued;
        private final List<String> languages = new ArrayList<>();
        private Id publisher;
        private final List<Id> creators = new ArrayList<>();
        private String url;
        private final List<Id> about = new ArrayList<>();
        private boolean draft;
        private DateValue start;
        private DateValue end;

        private Builder(Id id, DocumentKind kind, Text title) {
            this.id = id;
            this.kind = kind;
            this.title = title;
        }

        public Builder description(Text description) {
            this.description = description;
            return this;
        }

        public Builder issued(DateValue issued) {
            this.issued = issued;
            return this;
        }

        public Builder language(String language) {
            languages.add(language);
            return this;
        }

        public Builder publisher(Id publisher) {
            this.publisher = publisher;
            return this;
        }

        public Builder creators(Collection<Id> ids) {
            creators.addAll(ids);
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder about(Collection<Id> ids) {
            about.addAll(ids);
            return this;
        }

        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        /** The period a plan covers. */
        public Builder period(DateValue start, DateValue end) {
            this.start = start;
            this.end = end;
            return this;
        }

        public Document build() {
            return new Document(id, kind, title, Optional.ofNullable(description), Optional.ofNullable(issued),
                    new HashSet<>(languages), Optional.ofNullable(publisher), new HashSet<>(creators),
                    Optional.ofNullable(url), new HashSet<>(about), draft, Optional.ofNullable(start),
                    Optional.ofNullable(end));
        }
    }
}
