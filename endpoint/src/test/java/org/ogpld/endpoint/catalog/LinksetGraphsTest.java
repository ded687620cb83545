package org.ogpld.endpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Calendar;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ld.ResourceIndex;

/** The graphs of links between the store's sources are link sets of the VoID description, when the store has them. */
class LinksetGraphsTest {

    private static final String BASE = "https://w3id.org/ogp-ld/";
    private static final String SOURCES = """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX id: <https://w3id.org/ogp-ld/id/>
            PREFIX g: <https://w3id.org/ogp-ld/graph/>
            g:sheet { id:a a foaf:Person . id:b a foaf:Person . id:o a org:Organization . }
            g:popolo { id:a2 a foaf:Person . id:b2 a foaf:Person . }
            g:press { id:o2 a org:Organization . }
            """;

    @Test
    void theReconciliationLinksAreALinksetWithPredicatesCountsAndTargets() throws Exception {
        Statistics.Counts counts = count(SOURCES + """
                g:reconciliation-links { id:a owl:sameAs id:a2 . id:b skos:closeMatch id:b2 .
                    id:o owl:sameAs id:o2 . }
                """);

        assertIsomorphic(description(counts), """
                @prefix void: <http://rdfs.org/ns/void#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix g: <https://w3id.org/ogp-ld/graph/> .
                <https://w3id.org/ogp-ld/catalog#dataset> void:subset g:reconciliation-links .
                g:reconciliation-links a void:Linkset ; void:triples "3"^^xsd:long ;
                    void:linkPredicate owl:sameAs, skos:closeMatch ;
                    void:subset [ a void:Linkset ; void:linkPredicate owl:sameAs ; void:triples "1"^^xsd:long ;
                            void:subjectsTarget g:sheet ; void:objectsTarget g:popolo ],
                        [ a void:Linkset ; void:linkPredicate skos:closeMatch ; void:triples "1"^^xsd:long ;
                            void:subjectsTarget g:sheet ; void:objectsTarget g:popolo ],
                        [ a void:Linkset ; void:linkPredicate owl:sameAs ; void:triples "1"^^xsd:long ;
                            void:subjectsTarget g:sheet ; void:objectsTarget g:press ] .
                """);
    }

    @Test
    void theIdentityCandidatesBetweenOnePairNameItsTargetsDirectly() throws Exception {
        Statistics.Counts counts = count(SOURCES + "g:candidate-links { id:a skos:closeMatch id:a2 . }");

        assertIsomorphic(description(counts), """
                @prefix void: <http://rdfs.org/ns/void#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix g: <https://w3id.org/ogp-ld/graph/> .
                <https://w3id.org/ogp-ld/catalog#dataset> void:subset g:candidate-links .
                g:candidate-links a void:Linkset ; void:triples "1"^^xsd:long ; void:linkPredicate skos:closeMatch ;
                    void:subjectsTarget g:sheet ; void:objectsTarget g:popolo .
                """);
    }

    @Test
    void aStoreWithoutLinkGraphsHasNoSuchLinkset() {
        assertThat(count(SOURCES).linksetGraphs()).isEmpty();
    }

    private static Statistics.Counts count(String trig) {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> RDFParser.fromString(trig, Lang.TRIG).parse(dataset.asDatasetGraph()));
        return Txn.calculateRead(dataset, () -> new StoreCounter(dataset, BASE).count(1));
    }

    private static Model description(Statistics.Counts counts) {
        return CatalogDescription.of("http://localhost:3030/", BASE, counts,
                ResourceIndex.Snapshot.empty(1), Calendar.getInstance());
    }

    /** What the description says of the link graphs, and that it links them from the dataset, compared by RDF4J. */
    private static void assertIsomorphic(Model description, String expected) throws Exception {
        Model part = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        description.listStatements().forEach(statement -> {
            String subject = statement.getSubject().isURIResource() ? statement.getSubject().getURI() : "";
            boolean ofLinkGraph = subject.startsWith(BASE + "graph/")
                    || statement.getSubject().isAnon() && description.listStatements(null, null,
                            statement.getSubject()).toList().stream().anyMatch(s -> s.getSubject().isURIResource()
                            && s.getSubject().getURI().startsWith(BASE + "graph/"))
                    || statement.getObject().isURIResource()
                            && statement.getObject().asResource().getURI().startsWith(BASE + "graph/")
                            && statement.getPredicate().getURI().equals("http://rdfs.org/ns/void#subset");
            if (ofLinkGraph) {
                part.add(statement);
            }
        });
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, part, Lang.NTRIPLES);
        assertThat(Models.isomorphic(Rio.parse(new StringReader(turtle.toString()), RDFFormat.NTRIPLES),
                Rio.parse(new StringReader(expected), RDFFormat.TURTLE))).as(turtle.toString()).isTrue();
    }
}
