package org.ogpld.model;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * One item on an event's agenda: a speech, report or presentation by one speaker.
 *
 * @param position    its place in the agenda, from 1
 * @param type        from the {@value Schemes#TALK_TYPE} code list (opening speech, report, presentation…)
 * @param speaker     the person who spoke
 * @param speakerPost the post the speaker held at the time, as the source presents them
 * @param topic       the title or topic of the talk
 * @param about       documents, studies, action plans or commitments the talk presented or discussed
 */
public record Talk(int position, Optional<Code> type, Id speaker, Optional<Id> speakerPost, Optional<Text> topic,
                   Set<Id> about) {

    public Talk {
        if (position < 1) {
            throw new IllegalArgumentException("talk position must be 1 or more, was " + position);
        }
        type = Checks.optional(type);
        type.ifPresent(t -> t.requireScheme(Schemes.TALK_TYPE, false, "talk type"));
        Checks.kind(speaker, Kind.PERSON, "speaker");
        speakerPost = Checks.kind(speakerPost, Kind.POST, "speakerPost");
        topic = Checks.optional(topic);
        about = Checks.sortedSet(about, "about");
    }

    /** A builder for the talk at {@code position} by {@code speaker}. */
    public static Builder builder(int position, Id speaker) {
        return new Builder(position, speaker);
    }

    /** Builds a {@link Talk}. */
    public static final class Builder {
        private final int position;
        private final Id speaker;
        private Code type;
        private Id speakerPost;
        private Text topic;
        private final java.util.List<Id> about = new java.util.ArrayList<>();

        private Builder(int position, Id speaker) {
            this.position = position;
            this.speaker = speaker;
        }

        public Builder type(Code type) {
            this.type = type;
            return this;
        }

        public Builder speakerPost(Id post) {
            this.speakerPost = post;
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

        public Builder about(Id id) {
            about.add(id);
            return this;
        }

        public Talk build() {
            return new Talk(position, Optional.ofNullable(type), speaker, Optional.ofNullable(speakerPost),
                    Optional.ofNullable(topic), new java.util.HashSet<>(about));
        }
    }
}
