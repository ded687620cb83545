package org.ogpld.endpoint.store;

import java.io.IOException;
import org.ogpld.model.io.InputErrors;
import org.ogpld.model.io.InputKind;
import org.ogpld.model.io.InputReader;
import org.ogpld.model.publish.Publisher;
import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads every kind of file the model's input pipeline reads ({@link InputReader}: authoring YAML/JSON, the OGP
 * commitments sheet, Popolo JSON, any RDF syntax, each possibly gzipped) into the graph its source names, or the one
 * the entry names, with the publisher's validation, as {@code ogpld load} does. Imports are strict: a file with any
 * problem loads nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SourceLoader implements DatasetLoader {

    private final Publisher publisher;
    private final InputReader reader;

    SourceLoader(Publisher publisher) {
        this.publisher = publisher;
        this.reader = new InputReader(publisher);
    }

    @Override
    public boolean supports(LoadSource source) {
        try {
            InputKind.of(source.input());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            // unreadable: load() says why
            return true;
        }
    }

    @Override
    public void load(LoadSource source, DatasetGraph target) {
        try {
            reader.read(source.input()).toDataset(publisher, source.graph()).find().forEachRemaining(target::add);
        } catch (IOException | RuntimeException e) {
            throw new StoreLoadException(InputErrors.text(source.toString(), e), e);
        }
    }
}
