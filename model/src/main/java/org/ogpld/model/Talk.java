package org.ogpld.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One item on an event's agenda: a speech, report or presentation by one speaker.
 *
 * @param position    its place in the agenda, from 1
 * @param title       what the agenda calls it, e.g. "Opening speech" or the title of a report
 * @param speaker     the person who spoke
 * @param speakerPosts the posts the speaker held at the time, as the source presents them
 * @param topic       its topic in words, when the source gives one apart from the title
 * @param about       documents, studies, action plans or other resources the talk presented or discussed
 */
public record Talk(int position, Text title, Id speaker, Set<Id> speakerPosts, Optional<Text> topic,
                   Set<Id> about) {

    public Talk {
        if (position < 1) {
            throw new IllegalArgumentException("talk position must be 1 or more, was " + position);
        }
        Checks.required(title, "title");
        Checks.kind(speaker, Kind.PERSON, "speaker");
        speakerPosts = Checks.kinds(speakerPosts, Kind.POST, "speakerPosts");
        topic = Checks.optional(topic);
        about = Checks.sortedSet(about, "about");
    }

    /** A builder for the talk at {@code position}, titled {@code title}, by {@code speaker}. */
    public static Builder builder(int position, Text title, Id speaker) {
        return new Builder(position, title, speaker);
    }

    /** Builds a {@link Talk}. */
    public static final class Builder {
        private final int position;
        private final Text title;
        private final Id speaker;
        private final List<Id> speakerPosts = new ArrayList<>();
        private Text topic;
        private final List<Id> about = new ArrayList<>();

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

        public Talk build() {
            return new Talk(position, title, speaker, new HashSet<>(speakerPosts), Optional.ofNullable(topic),
                    new HashSet<>(about));
        }
    }
}
