package org.ogpld.endpoint.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** The store's size on disk as the gauge {@code ogpld.store.size} (bytes; 0 for an in-memory store). */
@Component
class StoreMetrics implements InitializingBean {

    private final MeterRegistry registry;
    private final OgpldProperties.Store store;

    StoreMetrics(MeterRegistry registry, OgpldProperties properties) {
        this.registry = registry;
        this.store = properties.store();
    }

    @Override
    public void afterPropertiesSet() {
        Gauge.builder("ogpld.store.size", this, StoreMetrics::bytes).baseUnit("bytes")
                .description("Size of the TDB2 store folder").register(registry);
    }

    double bytes() {
        Path folder = store.location();
        if (store.inMemory() || !Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreMetrics::size).sum();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException ex) {
            // A file removed while walking (TDB2 compaction) no longer counts.
            return 0;
        }
    }
}
