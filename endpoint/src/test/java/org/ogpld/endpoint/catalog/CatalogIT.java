package org.ogpld.endpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.VOID;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ld.FixtureServer;
import org.ogpld.endpoint.ld.LdClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** VoID, DCAT and the sitemap describe what the store really holds. */
@FixtureServer
class CatalogIT {

    @LocalServerPort
    int port;

    private LdClient client;

    @BeforeEach
    void connect() {
        client = new LdClient(port);
    }

    @Test
    void voidCountsTheTriplesAndNamesEndpointDumpVocabulariesAndLinkSets() {
        Model description = client.rdf("/.well-known/void", RDFFormat.TURTLE);
        Resource dataset = description.filter(null, RDF.TYPE, VOID.DATASET).subjects().stream()
                .filter(s -> description.contains(s, RDF.TYPE, DCAT.DATASET)).findFirst().orElseThrow();
        long triples = Models.objectLiteral(description.filter(dataset, VOID.TRIPLES, null)).orElseThrow().longValue();
        assertThat(triples).isEqualTo(LdClient.fixtureTriples().size());
        assertThat(Models.objectIRI(description.filter(dataset, VOID.SPARQL_ENDPOINT, null)).orElseThrow()
                .stringValue()).isEqualTo(client.server() + "/ogp/sparql");
        assertThat(description.filter(dataset, VOID.DATA_DUMP, null).objects())
                .contains(Values.iri(client.server() + "/dump/ogp.nq.gz"));
        assertThat(description.filter(dataset, VOID.VOCABULARY, null).objects())
                .contains(Values.iri("https://w3id.org/ogp-ld/ns#"), Values.iri("http://www.w3.org/ns/org#"));
        assertThat(description.filter(dataset, DCTERMS.LICENSE, null)).isEmpty();
        assertThat(description.filter(dataset, DCTERMS.RIGHTS, null)).hasSize(1);
        IRI geonames = description.filter(null, VOID.URI_SPACE, Values.literal("https://sws.geonames.org/"))
                .subjects().stream().map(IRI.class::cast).findFirst().orElseThrow();
        Resource linkSet = Models.subject(description.filter(null, VOID.OBJECTS_TARGET, geonames)).orElseThrow();
        assertThat(Models.objectLiteral(description.filter(linkSet, VOID.TRIPLES, null)).orElseThrow().intValue())
                .isEqualTo(4);
    }

    @Test
    void catalogueListsTheDistributionsAndDataServicesInEveryFormat() {
        Model turtle = client.rdf("/catalog", RDFFormat.TURTLE);
        assertThat(turtle.filter(null, RDF.TYPE, DCAT.CATALOG)).hasSize(1);
        assertThat(turtle.filter(null, RDF.TYPE, DCAT.DISTRIBUTION)).hasSize(5);
        assertThat(turtle.filter(null, DCAT.ENDPOINT_URL, Values.iri(client.server() + "/ogp/sparql"))).hasSize(1);
        assertThat(turtle.filter(null, DCAT.DOWNLOAD_URL, Values.iri(client.server() + "/dump/ogp.jsonld")))
                .hasSize(1);
        assertThat(Models.isomorphic(client.rdf("/catalog", RDFFormat.RDFXML), turtle)).isTrue();
        assertThat(Models.isomorphic(client.rdf("/catalog", RDFFormat.JSONLD), turtle)).isTrue();
    }

    @Test
    void eachDistributionStatesTheLicenceItsGraphsDeclareAndTheMixedDumpsClaimNone() {
        Model catalogue = client.rdf("/catalog", RDFFormat.TURTLE);
        org.apache.jena.query.Dataset fixture =
                org.apache.jena.riot.RDFDataMgr.loadDataset(LdClient.FIXTURE.toString());
        java.util.Map<String, Set<String>> declared = new java.util.TreeMap<>();
        fixture.listModelNames().forEachRemaining(name -> declared.put(name.getURI(), fixture.getNamedModel(name)
                .listObjectsOfProperty(name, org.apache.jena.vocabulary.DCTerms.license)
                .mapWith(Object::toString).toSet()));
        assertThat(declared).hasSize(2).containsValue(Set.of("https://w3id.org/ogp-ld/code/licence/none-known"));

        java.util.Map<String, Set<String>> catalogued = new java.util.TreeMap<>();
        for (Resource distribution : catalogue.filter(null, DCTERMS.SOURCE, null).subjects()) {
            String graph = Models.objectIRI(catalogue.filter(distribution, DCTERMS.SOURCE, null)).orElseThrow()
                    .stringValue();
            Set<String> licences = new HashSet<>();
            catalogue.filter(distribution, DCTERMS.LICENSE, null).objects().forEach(v -> licences.add(v.stringValue()));
            catalogued.put(graph, licences);
        }
        assertThat(catalogued).isEqualTo(declared);
        for (String dump : Set.of("/dump/ogp.nq.gz", "/dump/ogp.jsonld")) {
            IRI distribution = Values.iri(client.server() + dump);
            assertThat(catalogue.filter(distribution, DCTERMS.LICENSE, null)).as(dump).isEmpty();
            assertThat(catalogue.filter(distribution, DCTERMS.RIGHTS, null)).as(dump).hasSize(1);
        }
    }

    @Test
    void sitemapListsEveryDescriptionPage() throws Exception {
        HttpResponse<byte[]> response = client.get("/sitemap.xml");
        assertThat(LdClient.header(response, "Content-Type")).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        NodeList locations = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < locations.getLength(); i++) {
            listed.add(locations.item(i).getTextContent());
        }
        Set<String> expected = new HashSet<>();
        Pattern resource = Pattern.compile(Pattern.quote(LdClient.BASE) + "id/([a-z-]+/[a-z0-9-]+)(#.*)?");
        LdClient.fixtureTriples().subjects().forEach(s -> {
            Matcher m = resource.matcher(s.stringValue());
            if (m.matches()) {
                expected.add(client.server() + "/doc/" + m.group(1));
            }
        });
        assertThat(listed).isEqualTo(expected);
        for (String page : listed) {
            assertThat(client.get(page, "Accept", "text/html").statusCode()).as(page).isEqualTo(200);
        }
    }
}
