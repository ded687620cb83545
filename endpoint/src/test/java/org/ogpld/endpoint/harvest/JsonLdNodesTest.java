package org.ogpld.endpoint.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogpld.model.jsonld.AdversarialGraphs;
import org.ogpld.model.jsonld.AdversarialGraphs.Case;
import org.ogpld.model.jsonld.Expansions;
import org.ogpld.model.jsonld.JsonLdJs;
import org.ogpld.model.jsonld.JsonLdWriter;
import org.ogpld.vocab.Vocab;

/**
 * Harvest pages and the JSON-LD dump put the model writer's node objects beside their own (the Hydra collection)
 * under the OGP-LD context: such pages, made of generated graphs, read as the graph plus the collection's
 * statements in jsonld.js (safe mode), Titanium and RDF4J.
 */
class JsonLdNodesTest {

    private static final String COLLECTION = "http://localhost:3030/harvest";
    private static JsonLdJs jsonldJs;

    @BeforeAll
    static void startJsonLdJs() throws Exception {
        jsonldJs = JsonLdJs.start(Expansions.ogp());
    }

    @AfterAll
    static void stopJsonLdJs() throws Exception {
        jsonldJs.close();
    }

    @Test
    void pagesOfGeneratedGraphsReadAsTheGraphAndTheCollection() throws Exception {
        AdversarialGraphs graphs = new AdversarialGraphs();
        List<Case> cases = new ArrayList<>(graphs.everyValueUnderEveryTerm());
        for (long seed = 0; seed < 100; seed++) {
            Case random = graphs.random(seed);
            if (JsonLdWriter.misreadUnderContext(random.graph()).isEmpty()) {
                cases.add(random);
            }
        }
        List<String> differing = new ArrayList<>();
        for (Case c : cases) {
            byte[] page = page(c.graph());
            Model expected = Expansions.normalised(Expansions.nquads(nquads(c.graph()) + collection()));
            JsonLdJs.Result js = jsonldJs.toNQuads(page);
            if (js.error() != null || !same(Expansions.nquads(js.nquads()), expected)) {
                differing.add(c.name() + " / jsonld.js " + js.error());
            }
            if (!same(Expansions.ogp().titanium(page), expected)) {
                differing.add(c.name() + " / Titanium");
            }
            if (!same(Expansions.ogp().rdf4j(page), expected)) {
                differing.add(c.name() + " / RDF4J");
            }
        }
        System.out.println("Harvest page shape: " + cases.size() + " graphs, 3 processors, " + differing.size()
                + " differ");
        assertThat(cases).hasSizeGreaterThan(150);
        assertThat(differing).isEmpty();
    }

    @Test
    void refusesAnIriTheContextWouldReadAsACompactIri() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(NodeFactory.createURI("http://localhost:3030/id/event/e"),
                NodeFactory.createURI("https://schema.org/about"), NodeFactory.createURI("schema:thing")));

        assertThatThrownBy(() -> JsonLdNodes.of(graph)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<schema:thing>");
    }

    /** A page as the harvest controller lays it out: the collection node, then the items' nodes. */
    private static byte[] page(Graph graph) {
        JsonArrayBuilder nodes = Json.createArrayBuilder().add(Json.createObjectBuilder().add("@id", COLLECTION)
                .add("@type", "Collection").add("totalItems", 1).add("items", Json.createArrayBuilder()
                        .add("http://localhost:3030/id/event/all")));
        JsonLdNodes.of(graph).forEach(nodes::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdNodes.write(Json.createObjectBuilder().add("@context", Vocab.CONTEXT_IRI).add("@graph", nodes)
                .build(), out);
        return out.toByteArray();
    }

    private static String collection() {
        String hydra = "http://www.w3.org/ns/hydra/core#";
        return "<" + COLLECTION + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + hydra + "Collection> .\n"
                + "<" + COLLECTION + "> <" + hydra + "totalItems> "
                + "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
                + "<" + COLLECTION + "> <" + hydra + "member> <http://localhost:3030/id/event/all> .\n";
    }

    private static String nquads(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toString();
    }

    private static boolean same(Model actual, Model expected) {
        return Expansions.isomorphic(Expansions.normalised(actual), expected);
    }
}
