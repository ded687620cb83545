package org.ogpld.endpoint.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ogpld.model.InvalidPublicationException;
import org.ogpld.model.publish.Publisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads authored publications ({@code .yaml}, {@code .yml}, {@code .json}) through the model's {@link Publisher}:
 * checked against the structure, code lists and shapes, then added in the publication's own named graph.
 */
@Component
@Order(0)
class PublicationLoader implements DatasetLoader {

    private final Publisher publisher;

    PublicationLoader(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public boolean supports(LoadSource source) {
        return source.hasExtension(".yaml", ".yml", ".json");
    }

    @Override
    public void load(LoadSource source, DatasetGraph target) {
        try {
            String content = source.resource().getContentAsString(StandardCharsets.UTF_8);
            DatasetGraph publication = publisher.toDataset(publisher.read(content, source.location()));
            IntoGraph.add(publication, source, target);
        } catch (InvalidPublicationException ex) {
            throw new StoreLoadException(ex.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("\n  ", source + " is not a valid publication:\n  ", "")), ex);
        } catch (IOException ex) {
            throw new StoreLoadException(source + ": " + ex.getMessage(), ex);
        }
    }
}
