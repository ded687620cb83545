package org.ogpld.bench.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtuosoIniTest {

    private final VirtuosoIni ini = new VirtuosoIni(Path.of("/tmp/w/store-virtuoso"), 21111, 28890,
            List.of(Path.of("/tmp/w")), VirtuosoIni.bytes("2g"));

    @Test
    void parsesHeapSizesAsTheJvmWritesThem() {
        assertThat(VirtuosoIni.bytes("2g")).isEqualTo(2L << 30);
        assertThat(VirtuosoIni.bytes("3G")).isEqualTo(3L << 30);
        assertThat(VirtuosoIni.bytes("512m")).isEqualTo(512L << 20);
        assertThat(VirtuosoIni.bytes("1048576k")).isEqualTo(1L << 30);
        assertThatThrownBy(() -> VirtuosoIni.bytes("two gigs")).hasMessageContaining("two gigs");
    }

    @Test
    void sizesPageBuffersToTwoThirdsOfTheHeapAsVirtuosoAdvises() {
        assertThat(ini.buffers()).isEqualTo(170_000);
        assertThat(ini.dirtyBuffers()).isEqualTo(127_500);
        assertThat(ini.text()).contains("NumberOfBuffers = 170000", "MaxDirtyBuffers = 127500", "MaxQueryMem = 682M");
    }

    @Test
    void listensOnLoopbackOnlyAndKeepsEveryFileInItsOwnFolder() {
        assertThat(ini.text()).contains("[Parameters]\nServerPort = 127.0.0.1:21111",
                "[HTTPServer]\nServerPort = 127.0.0.1:28890", "DisableUnixSocket = 1",
                "DatabaseFile = /tmp/w/store-virtuoso/virtuoso.db", "TransactionFile = /tmp/w/store-virtuoso/virtuoso.trx",
                "DatabaseFile = /tmp/w/store-virtuoso/virtuoso-temp.db", "DirsAllowed = /tmp/w\n");
        assertThat(ini.text().lines().filter(l -> l.contains("/") && !l.startsWith(";")))
                .allMatch(l -> l.contains("/tmp/w"));
    }

    @Test
    void neitherTruncatesResultsNorRunsQueriesLongerThanTheOtherServers() {
        assertThat(ini.text()).contains("ResultSetMaxRows = 100000000", "MaxQueryExecutionTime = 120");
    }
}
