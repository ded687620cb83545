package org.ogpld.endpoint.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.PROV;
import org.ogpld.vocab.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The vocabulary and its SKOS code lists in the store, in their own graph {@code {base}graph/vocabulary}, so that
 * labels (in Azerbaijani and English), notations and the order of ordered scales ({@code ogp:score}) are there for
 * SPARQL users and the home page's charts. The graph is written with the initial load of {@code ogpld.load}, in its
 * transaction; at every start, a store holding it gets it replaced when the vocabulary of this build differs (a
 * store without it is left as it is: the operator chose what it holds). The graph describes itself as a source
 * graph with the vocabulary's licence, so the catalogue lists it with its own distribution. {@code ogpld load} adds
 * it too when it loads a publication, a sheet or Popolo, so that both ways in give the same graphs.
 */
@Component
// A read replica's graphs change only by the writer's patches.
@ConditionalOnProperty(name = "ogpld.replication.replica", havingValue = "false", matchIfMissing = true)
public class VocabularyGraph implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(VocabularyGraph.class);
    private static final String ONTOLOGY = "https://w3id.org/ogp-ld/ns";
    private static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private final Dataset dataset;
    private final Consumer<Consumer<DatasetGraph>> writer;
    private final Node name;

    /**
     * Constructed after {@link InitialLoad}, so that the store it checks is the one the load left; a replacement is
     * written through the store's writes, so the change log and the text index follow it.
     */
    @Autowired
    VocabularyGraph(Dataset dataset, StoreWrites writes, OgpldProperties properties,
            java.util.Optional<InitialLoad> initialLoad) {
        this(dataset, change -> writes.write(() -> change.accept(writes.target())), properties.base());
    }

    /** Keeps the graph of {@code dataset} current; {@code writer} runs a change in a write transaction. */
    VocabularyGraph(Dataset dataset, Consumer<Consumer<DatasetGraph>> writer, String base) {
        this.dataset = dataset;
        this.writer = writer;
        this.name = NodeFactory.createURI(name(base));
    }

    /** The name of the vocabulary's graph for data under {@code base}. */
    public static String name(String base) {
        return base + "graph/vocabulary";
    }

    /** The statements of the graph: the ontology, the code lists and the graph's own description. */
    public static Graph content(String graphName) {
        Model model = ModelFactory.createDefaultModel().add(Vocab.ontology()).add(Vocab.codeLists());
        model.createResource(graphName)
                .addProperty(RDF.type, OGP.SourceGraph)
                .addProperty(DCTerms.title, "OGP-LD vocabulary and code lists", "en")
                .addProperty(DCTerms.title, "OGP-LD lüğəti və kod siyahıları", "az")
                .addProperty(DCTerms.license, model.createResource(LICENCE))
                .addProperty(PROV.wasDerivedFrom, model.createResource(ONTOLOGY));
        return model.getGraph();
    }

    /** Adds the graph to {@code target} inside the caller's write transaction. */
    static void addTo(DatasetGraph target, String base) {
        Node graph = NodeFactory.createURI(name(base));
        content(name(base)).find().forEachRemaining(t -> target.add(graph, t.getSubject(), t.getPredicate(),
                t.getObject()));
    }

    @Override
    public void afterPropertiesSet() {
        Graph current = content(name.getURI());
        boolean stale = Txn.calculateRead(dataset, () -> {
            Graph held = dataset.asDatasetGraph().getGraph(name);
            return !held.isEmpty() && !held.isIsomorphicWith(current);
        });
        if (stale) {
            writer.accept(target -> {
                target.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                current.find().forEachRemaining(t -> target.add(name, t.getSubject(), t.getPredicate(),
                        t.getObject()));
            });
            LOG.info("Vocabulary graph <{}> replaced by this build's vocabulary", name.getURI());
        }
    }
}
