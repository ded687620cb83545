package org.ogpld.endpoint.store;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ogpld.model.imports.ImportException;
import org.ogpld.model.imports.ogp.OgpCommitmentsImporter;
import org.ogpld.model.publish.Publisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the OGP commitments spreadsheet ({@code .csv}) through the model's importer, strictly: a file with any
 * problem loads nothing.
 */
@Component
@Order(1)
class OgpCommitmentsLoader implements DatasetLoader {

    private final Publisher publisher;

    OgpCommitmentsLoader(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public boolean supports(LoadSource source) {
        return source.hasExtension(".csv");
    }

    @Override
    public void load(LoadSource source, DatasetGraph target) {
        try (Reader in = new InputStreamReader(source.resource().getInputStream(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            IntoGraph.add(OgpCommitmentsImporter.strict().read(in, source.fileName()).toDataset(publisher.iris()),
                    source, target);
        } catch (ImportException | IOException ex) {
            throw new StoreLoadException(source + ": " + ex.getMessage(), ex);
        }
    }
}
