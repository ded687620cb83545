package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.changes.ChangeRecorder;
import org.ogpld.endpoint.TestProperties;
import org.springframework.http.HttpStatus;

class StoreWritesTest {

    private static final Node G = NodeFactory.createURI("urn:g");

    @TempDir
    Path folder;

    private Dataset dataset;
    private StoreReopening reopening;
    private StoreGeneration generation;
    private StoreWrites writes;

    @BeforeEach
    void open() {
        dataset = TDB2Factory.connectDataset(folder.toString());
        reopening = new StoreReopening(dataset);
        generation = new StoreGeneration(dataset, reopening);
        OgpldProperties properties = properties(Duration.ofMillis(300));
        writes = new StoreWrites(dataset, reopening, new ChangeRecorder(dataset, properties.base()), properties);
    }

    @AfterEach
    void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    @Test
    void commitsAWriteAndReturnsItsResult() {
        assertThat(writes.write(() -> add(1))).isEqualTo("added");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aWriteTheDiskCannotHoldIs507ChangesNothingAndTheReopenedStoreTakesTheNextWrite() {
        writes.write(() -> add(1));
        long before = generation.generation();

        assertThatThrownBy(() -> writes.write(() -> {
            add(2);
            throw new RuntimeIOException(new IOException("No space left on device"));
        })).isInstanceOfSatisfying(EndpointException.class, ex -> {
            assertThat(ex.status()).isEqualTo(HttpStatus.INSUFFICIENT_STORAGE);
            assertThat(ex.getMessage()).doesNotContain(folder.toString()).contains("No space left on device")
                    .endsWith("nothing was changed");
        });

        assertThat(reopening.epoch()).isEqualTo(1);
        assertThat(generation.generation()).as("nothing cached before the reopening matches after it")
                .isNotEqualTo(before);
        assertThat(count()).isEqualTo(1);
        writes.write(() -> add(3));
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void otherFailuresAbortTheWriteAndKeepTheStoreAsItIs() {
        assertThatThrownBy(() -> writes.write(() -> {
            add(1);
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(reopening.epoch()).isZero();
        assertThat(count()).isZero();
    }

    @Test
    void aWriteWaitsForTheOneBeforeItAtMostTheUpdateTimeout() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> writes.write(() -> {
                holding.countDown();
                await(release);
            }));
            holding.await();

            assertThatThrownBy(() -> writes.write(() -> add(2))).isInstanceOfSatisfying(EndpointException.class,
                    ex -> assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));

            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            writes.write(() -> add(3));
            assertThat(count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private String add(int i) {
        writes.target().add(Quad.create(G, NodeFactory.createURI("urn:s" + i), G, G));
        return "added";
    }

    private long count() {
        // The store's default graph holds the change log, not data.
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().filter(q -> !q.isDefaultGraph())
                .count());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private OgpldProperties properties(Duration updateTimeout) {
        OgpldProperties defaults = TestProperties.of(new OgpldProperties.Store(folder, false));
        return new OgpldProperties(defaults.base(), defaults.publicUrl(), defaults.store(), defaults.load(),
                defaults.query(), new OgpldProperties.Update(updateTimeout, false, null, defaults.update().maxSize()),
                defaults.security(), defaults.cors(), defaults.limits());
    }
}
