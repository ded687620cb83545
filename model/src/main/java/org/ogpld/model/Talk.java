package org.ogpld.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One item on an event's agenda: a speech, report or presentation, the questions a speaker answered, or a
 * discussion among the participants (which has no speaker).
 *
 * @param position     its place in the agenda, from 1
 * @param title        what the agenda calls it, e.g. "Opening speech" or the title of a report
 * @param speaker      the person who spoke, if one did
 * @param speakerPosts the posts the speaker held at the time, as the source presents them
 * @param topic        its topic in words, when the source gives one apart from the title
 * @param about        documents, studies, action plans or other resources the talk presented or discussed
 * @param type         what sort of item, from {@value Schemes#EVENT_TYPE} (speech, presentation, discussion…)
 * @param part         the numbered part of the event the source places it in ("the second part")
 */
public record Talk(int position, Text title, Optional<Id> speaker, Set<Id> speakerPosts, Optional<Text> topic,
                   Set<Id> about, Optional<Code> type, Optional<Integer> part) {

    public Talk {
        if (position < 1) {
            throw new IllegalArgumentException("talk position must be 1 or more, was " + position);
        }
        Checks.required(title, "title");
        speaker = Checks.kind(speaker, Kind.PERSON, "speaker");
        speakerPosts = Checks.kinds(speakerPosts, Kind.POST, "speakerPosts");
        if (speaker.isEmpty() && !speakerPosts.isEmpty()) {
            throw new IllegalArgumentException("speakerPosts need a speaker");
        }
        topic = Checks.optional(topic);
        about = Checks.sortedSet(about, "about");
        type = Checks.optional(type);
        type.ifPresent(t -> t.requireScheme(Schemes.EVENT_TYPE, false, "type"));
        part = Checks.optional(part);
        part.filter(p -> p < 1).ifPresent(p -> {
            throw new IllegalArgumentException("part must be 1 or more, was " + p);
        });
    }

    /** A builder for the talk at {@code position}, titled {@code title}, by {@code speaker}. */
    public static Builder builder(int position, Text title, Id speaker) {
        return new Builder(position, title, speaker);
    }

    /** A builder for an agenda item at {@code position} without a speaker, such as a discussion. */
    public static Builder builder(int position, Text title) {
        return new Builder(position, title, null);
    }

    /** Builds a {@link Talk}. */
    public static final class Builder {
        private final int position;
        private final Text title;
        private final Id speaker;
        private final List<Id> speakerPosts = new ArrayList<>();
        private Text topic;
        private final List<Id> about = new ArrayList<>();
        private Code type;
        private Integer part;

        private Builder(int position, Text title, Id speaker) {
            this.position = position;
            this.title = title;
            this.speaker = speaker;
        }

        public Builder speakerPosts(Collection<Id> posts) {
            speakerPosts.addAll(posts);
            return this;
        }

        public Builder topic(Text topic) {
            this.topic = topic;
            return this;
        }

        public Builder about(Collection<Id> ids) {
            about.addAll(ids);
            return this;
        }

        public Builder type(Code type) {
            this.type = type;
            return this;
        }

        public Builder part(Integer part) {
            this.part = part;
            return this;
        }

        public Talk build() {
            return new Talk(position, title, Optional.ofNullable(speaker), new HashSet<>(speakerPosts),
                    Optional.ofNullable(topic), new HashSet<>(about), Optional.ofNullable(type),
                    Optional.ofNullable(part));
        }
    }
}
