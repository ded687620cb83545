package org.ogpld.endpoint.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code ogpld follow} stands, kept in a file: read back as written, and a damaged file named. */
class FollowPositionTest {

    @TempDir
    Path temp;

    @Test
    void aSavedPositionReadsBackAsWrittenAndReplacesTheOneBefore() throws IOException {
        Path file = temp.resolve("ogpld-follow.properties");
        assertThat(FollowPosition.load(file)).isEmpty();
        // As a follower from the first page stands before it applied anything.
        FollowPosition start = new FollowPosition(URI.create("http://localhost:3030/feed"),
                URI.create("http://localhost:3030/feed?page=0"), Instant.MIN, Set.of());
        start.save(file);
        assertThat(FollowPosition.load(file)).contains(start);
        FollowPosition later = new FollowPosition(URI.create("http://localhost:3030/feed"),
                URI.create("http://localhost:3030/feed?page=7"), Instant.parse("2026-12-03T16:00:00.123456Z"),
                Set.of("https://w3id.org/ogp-ld/id/person/p1#v1749", "https://w3id.org/ogp-ld/id/person/p2#v1750"));
        later.save(file);
        assertThat(FollowPosition.load(file)).contains(later);
        assertThat(FeedFollower.resume(later).position()).isEqualTo(later);
        assertThatThrownBy(() -> FeedFollower.of(URI.create("http://localhost:3030/feed")).position())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has not started");
    }

    @Test
    void aFileThatIsNotAPositionIsNamedWithWhatItLacks() throws IOException {
        Path file = temp.resolve("ogpld-follow.properties");
        Files.writeString(file, "stream=http://localhost:3030/feed\n");
        assertThatThrownBy(() -> FollowPosition.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no page");
    }
}
