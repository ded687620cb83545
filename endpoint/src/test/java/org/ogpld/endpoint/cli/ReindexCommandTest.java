package org.ogpld.endpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexLucene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.search.TextIndexes;

/** {@code ogpld load} marks the text index stale; {@code ogpld reindex} rebuilds it from the store. */
class ReindexCommandTest {

    @TempDir
    Path temp;

    @Test
    void loadMarksTheIndexStaleAndReindexRebuildsItFromTheStore() throws Exception {
        Path store = temp.resolve("store");
        Path data = Files.writeString(temp.resolve("people.ttl"), "<https://w3id.org/ogp-ld/id/person/kamal> "
                + "<http://xmlns.com/foaf/0.1/name> \"Kamal Cəfərov\"@az .\n", StandardCharsets.UTF_8);
        assertThat(Cli.run("load", data.toString(), "--store", store.toString()).code()).isEqualTo(ExitCodes.OK);
        assertThat(store.resolve(TextIndexes.STALE_MARKER)).exists();

        Cli result = Cli.run("reindex", "--store", store.toString());

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("rebuilt: 1 documents");
        assertThat(store.resolve(TextIndexes.STALE_MARKER)).doesNotExist();
        TextIndexLucene index = TextIndexes.open(store);
        try {
            List<TextHit> hits = index.query(null, "+jafarov", null, null, 10);
            assertThat(hits).extracting(hit -> hit.getNode().getURI())
                    .containsExactly("https://w3id.org/ogp-ld/id/person/kamal");
        } finally {
            index.close();
        }
    }

    @Test
    void reindexWithoutAStoreFolderIsInvalidInput() {
        assertThat(Cli.run("reindex", "--store", temp.resolve("none").toString()).code())
                .isEqualTo(ExitCodes.INVALID_INPUT);
    }
}
