package org.ogpld.bench.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopicPatchesTest {

    @Test
    void countsTheAddAndDeleteRowsOfAPatchNotItsHeadersPrefixesOrTransaction() {
        String patch = """
                H id <uuid:1> .
                H seq "3" .
                PA "ex" "http://example.org/" .
                TX .
                A <urn:s> <urn:p> "A " <urn:g> .
                D <urn:s> <urn:p> "D\\nA x" <urn:g> .
                A <urn:s> <urn:q> _:b0 <urn:g> .
                TC .
                """;
        assertThat(TopicPatches.quads(patch.getBytes(StandardCharsets.UTF_8))).isEqualTo(3);
    }
}
