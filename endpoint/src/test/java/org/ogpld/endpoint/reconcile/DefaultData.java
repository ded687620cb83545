package org.ogpld.endpoint.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.model.imports.ogp.OgpCommitmentsImporter;
import org.ogpld.model.publish.Publisher;

/**
 * The data of the default store, as {@code ogpld.load} loads it (the seed press release and the commitments sheet
 * from {@code ../shared/data/}), each in its own graph, read once for every test of the JVM.
 */
final class DefaultData {

    static final String BASE = OgpldProperties.CANONICAL_BASE;
    static final Path SHEET = Path.of(System.getProperty("ogpld.shared"), "data", "ogp-commitments",
            "open_parliament_0703.csv");
    private static final String SEED = "/org/ogpld/examples/seed/round-table-2017.yaml";

    private static DatasetGraph dataset;
    private static List<Entity> entities;

    private DefaultData() {}

    static synchronized DatasetGraph dataset() {
        if (dataset == null) {
            Publisher publisher = Publisher.builder().base(BASE).build();
            DatasetGraph all = DatasetGraphFactory.createTxnMem();
            try (InputStream seed = DefaultData.class.getResourceAsStream(SEED);
                    Reader sheet = Files.newBufferedReader(SHEET, StandardCharsets.UTF_8)) {
                String yaml = new String(seed.readAllBytes(), StandardCharsets.UTF_8);
                publisher.toDataset(publisher.read(yaml, "round-table-2017.yaml")).find().forEachRemaining(all::add);
                OgpCommitmentsImporter.strict().read(sheet, "open_parliament_0703.csv").toDataset(publisher.iris())
                        .find().forEachRemaining(all::add);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            dataset = all;
        }
        return dataset;
    }

    static synchronized List<Entity> entities() {
        if (entities == null) {
            DatasetGraph data = dataset();
            entities = Txn.calculateRead(data, () -> new EntityReader(data, BASE).read());
        }
        return entities;
    }
}
