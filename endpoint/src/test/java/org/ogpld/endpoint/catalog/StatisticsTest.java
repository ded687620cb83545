package org.ogpld.endpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.TestProperties;
import org.ogpld.endpoint.store.StoreGeneration;
import org.ogpld.endpoint.store.StoreReopening;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * The store's statistics are counted in the background: a request never waits long, and never sees old counts as
 * new.
 */
class StatisticsTest {

    @TempDir
    Path folder;

    private Dataset dataset;

    @BeforeEach
    void open() {
        dataset = TDB2Factory.connectDataset(folder.toString());
        add("urn:a");
    }

    @AfterEach
    void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    @Test
    void aRequestThatCannotWaitForTheFirstCountIsToldToRetry() {
        Statistics statistics = statistics(Duration.ZERO);

        assertThatThrownBy(statistics::current).isInstanceOfSatisfying(EndpointException.class, ex -> {
            assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(ex.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        });
        awaitTriples(statistics, 1);
    }

    @Test
    void theCountsFollowTheStore() {
        Statistics statistics = statistics(Duration.ofSeconds(30));
        assertThat(statistics.current().triples()).isEqualTo(1);

        add("urn:b");

        assertThat(statistics.current().triples()).isEqualTo(2);
    }

    @Test
    void aRequestThatCannotWaitForANewCountGetsTheLastOne() {
        Statistics statistics = statistics(Duration.ZERO);
        awaitTriples(statistics, 1);

        add("urn:b");

        assertThat(statistics.current().triples()).isIn(1L, 2L);
        awaitTriples(statistics, 2);
    }

    /** Asks until the counts show {@code triples}, for at most 30 s; a 503 meanwhile is what a client retries. */
    private static void awaitTriples(Statistics statistics, long triples) {
        LongSupplier counted = () -> {
            try {
                return statistics.current().triples();
            } catch (EndpointException ex) {
                return -1;
            }
        };
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (counted.getAsLong() != triples && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        assertThat(counted.getAsLong()).isEqualTo(triples);
    }

    private Statistics statistics(Duration wait) {
        OgpldProperties properties = TestProperties.of("http://localhost:3030/",
                new OgpldProperties.Query(wait, 4, false, DataSize.ofMegabytes(1),
                        DataSize.ofKilobytes(512), 4_000_000), TestProperties.UPDATE,
                TestProperties.NO_CREDENTIALS);
        return new Statistics(dataset, new StoreGeneration(dataset, new StoreReopening(dataset)), properties);
    }

    private void add(String subject) {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(NodeFactory.createURI("urn:g"),
                NodeFactory.createURI(subject), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("ə")));
    }
}
