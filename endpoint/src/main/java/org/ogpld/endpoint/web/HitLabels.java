package org.ogpld.endpoint.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.ld.DataIris;
import org.ogpld.endpoint.pages.Labels;
import org.ogpld.endpoint.pages.Value;
import org.ogpld.model.Id;
import org.springframework.stereotype.Component;

/** The label, in the visitor's language, and the page of each resource a search found. */
@Component
class HitLabels {

    private final Dataset dataset;
    private final DataIris iris;

    HitLabels(Dataset dataset, DataIris iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    /**
     * One resource found.
     *
     * @param kind its kind ({@code event}...)
     * @param value its label in the visitor's language, linked to its page
     */
    record Hit(String kind, Value value) {}

    List<Hit> of(List<Id> ids, String language) {
        Labels labels = new Labels(language);
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Hit> hits = new ArrayList<>();
            for (Id id : ids) {
                Node resource = NodeFactory.createURI(iris.iri(id));
                List<Node> names = new ArrayList<>();
                for (Node property : Labels.PROPERTIES) {
                    dsg.find(Node.ANY, resource, property, Node.ANY).forEachRemaining(q -> {
                        if (q.getObject().isLiteral()) {
                            names.add(q.getObject());
                        }
                    });
                }
                Value label = names.isEmpty() ? labels.of(resource) : labels.literal(labels.inLanguage(names).get(0));
                hits.add(new Hit(id.kind().segment(), new Value(label.text(), label.lang(), DataIris.docPath(id))));
            }
            return hits;
        });
    }
}
