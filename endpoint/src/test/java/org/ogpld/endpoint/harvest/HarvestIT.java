package org.ogpld.endpoint.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ld.FixtureServer;
import org.ogpld.endpoint.ld.LdClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A harvester walks the harvest API by its Hydra {@code next} links, reading each page with RDF4J's JSON-LD parser:
 * it gets every resource exactly once, and the items add up to the store.
 */
@FixtureServer
class HarvestIT {

    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final IRI NEXT = Values.iri(HYDRA, "next");
    private static final IRI MEMBER = Values.iri(HYDRA, "member");
    private static final IRI TOTAL = Values.iri(HYDRA, "totalItems");
    private static final IRI VIEW = Values.iri(HYDRA, "view");

    @LocalServerPort
    int port;

    private LdClient client;

    @BeforeEach
    void connect() {
        client = new LdClient(port);
    }

    @Test
    void walkingEveryPageByNextGetsEachResourceOnceAndTheWholeStore() {
        List<String> members = new ArrayList<>();
        Model items = new LinkedHashModel();
        String page = client.server() + "/harvest?size=4";
        int pages = 0;
        while (page != null) {
            Model model = client.rdf(page.substring(client.server().length()), RDFFormat.JSONLD);
            Resource collection = Values.iri(client.server() + "/harvest");
            Resource view = Models.objectResource(model.filter(collection, VIEW, null)).orElseThrow();
            model.filter(collection, MEMBER, null).objects().forEach(m -> members.add(m.stringValue()));
            assertThat(Models.objectLiteral(model.filter(collection, TOTAL, null)).orElseThrow().intValue())
                    .isEqualTo(expectedOwners().size());
            model.stream().filter(st -> !st.getSubject().equals(collection) && !st.getSubject().equals(view))
                    .forEach(items::add);
            page = Models.objectIRI(model.filter(view, NEXT, null)).map(IRI::stringValue).orElse(null);
            pages++;
        }
        assertThat(members).doesNotHaveDuplicates();
        assertThat(new HashSet<>(members)).isEqualTo(expectedOwners());
        assertThat(members).isSorted();
        assertThat(pages).isEqualTo((expectedOwners().size() + 3) / 4);
        assertThat(Models.isomorphic(items, LdClient.fixtureTriples())).isTrue();
    }

    @Test
    void kindCollectionsHoldOnlyTheirKindWithFirstPreviousNextAndLast() {
        Model first = client.rdf("/harvest/organisation?size=3", RDFFormat.JSONLD);
        Resource collection = Values.iri(client.server() + "/harvest/organisation");
        Resource view = Models.objectResource(first.filter(collection, VIEW, null)).orElseThrow();
        assertThat(first.filter(collection, MEMBER, null).objects()).hasSize(3)
                .allMatch(m -> m.stringValue().startsWith(LdClient.BASE + "id/organisation/"));
        assertThat(Models.objectLiteral(first.filter(collection, TOTAL, null)).orElseThrow().intValue()).isEqualTo(7);
        String last = link(first, view, "last").orElseThrow();
        Model lastPage = client.rdf(last.substring(client.server().length()), RDFFormat.JSONLD);
        Resource lastView = Models.objectResource(lastPage.filter(collection, VIEW, null)).orElseThrow();
        assertThat(lastPage.filter(collection, MEMBER, null).objects()).hasSize(1);
        assertThat(link(lastPage, lastView, "next")).isEmpty();
        assertThat(link(lastPage, lastView, "previous")).isPresent();
        assertThat(link(first, view, "previous")).isEmpty();
    }

    @Test
    void pageSizeIsCappedAndCheckedAndUnknownKindsAreNotFound() {
        assertThat(client.get("/harvest?size=201").statusCode()).isEqualTo(400);
        assertThat(client.get("/harvest?size=0").statusCode()).isEqualTo(400);
        assertThat(client.get("/harvest?size=ten").statusCode()).isEqualTo(400);
        assertThat(client.get("/harvest/spaceship").statusCode()).isEqualTo(404);
    }

    @Test
    void conditionalGetAnswers304AndPagesAreGzippedOnRequest() {
        HttpResponse<byte[]> first = client.get("/harvest/event");
        String etag = LdClient.header(first, "ETag");
        assertThat(etag).isNotBlank();
        assertThat(client.get("/harvest/event", "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> gzipped = client.get("/harvest?size=50", "Accept-Encoding", "gzip");
        assertThat(LdClient.header(gzipped, "Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void nquadsDumpHoldsEveryQuadOfTheStore() throws IOException {
        HttpResponse<byte[]> response = client.get("/dump/ogp.nq.gz");
        assertThat(response.statusCode()).isEqualTo(200);
        Model dump = Rio.parse(new GZIPInputStream(new ByteArrayInputStream(response.body())), RDFFormat.NQUADS);
        Model fixture = Rio.parse(java.nio.file.Files.newInputStream(LdClient.FIXTURE), LdClient.BASE, RDFFormat.TRIG);
        assertThat(Models.isomorphic(dump, fixture)).isTrue();
    }

    @Test
    void jsonLdDumpHoldsEveryQuadOfTheStore() throws IOException {
        HttpResponse<byte[]> response = client.get("/dump/ogp.jsonld");
        Model dump = client.parse(response.body(), RDFFormat.JSONLD, client.server());
        Model fixture = Rio.parse(java.nio.file.Files.newInputStream(LdClient.FIXTURE), LdClient.BASE, RDFFormat.TRIG);
        assertThat(Models.isomorphic(dump, fixture)).isTrue();
    }

    private static Optional<String> link(Model model, Resource view, String relation) {
        return Models.objectIRI(model.filter(view, Values.iri(HYDRA, relation), null)).map(IRI::stringValue);
    }

    /** Every resource of the fixture: each subject, parts ({@code #...}) counted as their owner. */
    private static Set<String> expectedOwners() {
        Set<String> owners = new HashSet<>();
        for (Value subject : LdClient.fixtureTriples().subjects()) {
            String iri = subject.stringValue();
            owners.add(iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri);
        }
        return owners;
    }
}
