package org.ogpld.endpoint.ld;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.VOID;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ExampleDataServer;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical-base examples served from localhost: the seed publication and the OGP commitments spreadsheet load
 * under {@value OgpldProperties#CANONICAL_BASE} (the default {@code ogpld.base}) while the server is reached at
 * {@code http://localhost:{port}/} (the default {@code ogpld.public-url}). Every link a client follows on this
 * server works on this server: the home page's, a few resource pages', every harvest page of one kind, the
 * sitemap's and the catalogue's access URLs; the RDF keeps the canonical IRIs, which {@code /id/...} resolves here.
 */
@ExampleDataServer
class LinkWalkIT {

    private static final String BASE = OgpldProperties.CANONICAL_BASE;
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern SITEMAP_LOC = Pattern.compile("<loc>([^<]+)</loc>");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private LdClient client;
    private String server;


    @BeforeEach
    void connect() {
        client = new LdClient(port);
        server = client.server() + "/";
    }

    @Test
    void everyLinkOfTheHomePageAndOfResourcePagesWorksOnThisServer() {
        Map<String, Integer> walked = new LinkedHashMap<>();
        walkPage("/", walked);
        List<String> docs = sitemap().stream().filter(url -> url.contains("/doc/"))
                .collect(java.util.stream.Collectors.groupingBy(url -> url.replaceAll("/doc/([^/]+)/.*", "$1")))
                .values().stream().map(urls -> urls.get(0)).toList();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(5);
        docs.forEach(doc -> walkPage(doc.substring(server.length() - 1), walked));

        System.out.printf("LinkWalkIT: %d distinct links followed from the home page and %d resource pages%n",
                walked.size(), docs.size());
        assertThat(walked).as("links followed").hasSizeGreaterThan(30);
        assertThat(walked.entrySet()).as("links that do not answer 200 (or 303 to 200) here")
                .allSatisfy(link -> assertThat(link.getValue()).as(link.getKey()).isEqualTo(200));
    }

    @Test
    void everyHarvestPageOfOneKindLinksThisServerAndItsItemsKeepTheirCanonicalIris() {
        String page = server + "harvest/commitment?size=100";
        Set<String> seen = new LinkedHashSet<>();
        List<String> items = new ArrayList<>();
        while (page != null && seen.add(page)) {
            HttpResponse<byte[]> response = client.get(page, "Accept", "application/ld+json");
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            JsonNode document = JSON.readTree(response.body());
            assertThat(document.get("@context").asString()).isEqualTo(server + "ns/context.jsonld");
            JsonNode collection = document.get("@graph").get(0);
            assertThat(collection.get("@id").asString()).isEqualTo(server + "harvest/commitment");
            JsonNode view = collection.get("view");
            for (String relation : List.of("@id", "first", "last", "next", "previous")) {
                if (view.has(relation)) {
                    String link = view.get(relation).asString();
                    assertThat(link).as(relation).startsWith(server);
                    assertThat(status(link, "application/ld+json")).as(link).isEqualTo(200);
                }
            }
            collection.get("items").forEach(item -> items.add(item.asString()));
            page = view.has("next") ? view.get("next").asString() : null;
        }
        System.out.printf("LinkWalkIT: %d harvest pages of /harvest/commitment, %d items%n", seen.size(),
                items.size());
        assertThat(seen).hasSizeGreaterThan(5);
        // The sheet's 558 rows and the 10 commitments of other members' sheets that its rows link to.
        assertThat(items).hasSize(568).allSatisfy(item -> assertThat(item).startsWith(BASE + "id/commitment/"));
        for (String item : List.of(items.get(0), items.get(items.size() / 2), items.get(items.size() - 1))) {
            String here = server + item.substring(BASE.length());
            assertThat(status(here, "text/turtle")).as(here).isEqualTo(200);
            Model description = client.rdf(here.substring(server.length() - 1).replace("/id/", "/doc/"),
                    RDFFormat.TURTLE);
            assertThat(description.subjects()).contains(Values.iri(item));
        }
    }

    @Test
    void theSitemapAndTheCatalogueLinkThisServerWhileTheDatasetKeepsItsCanonicalName() {
        assertThat(sitemap()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(server));
        Model catalogue = client.rdf("/catalog", RDFFormat.TURTLE);
        Set<Value> links = new LinkedHashSet<>();
        links.addAll(catalogue.filter(null, DCAT.ACCESS_URL, null).objects());
        links.addAll(catalogue.filter(null, DCAT.DOWNLOAD_URL, null).objects());
        links.addAll(catalogue.filter(null, DCAT.ENDPOINT_URL, null).objects());
        links.addAll(catalogue.filter(null, VOID.DATA_DUMP, null).objects());
        links.addAll(catalogue.filter(null, VOID.SPARQL_ENDPOINT, null).objects());
        links.addAll(catalogue.filter(null, DCAT.LANDING_PAGE, null).objects());
        assertThat(links).hasSizeGreaterThanOrEqualTo(5).allSatisfy(link -> {
            assertThat(link.stringValue()).startsWith(server);
            assertThat(status(link.stringValue(), "*/*")).as(link.stringValue()).isEqualTo(200);
        });
        Set<Resource> datasets = catalogue.filter(null, VOID.URI_SPACE, Values.literal(BASE + "id/")).subjects();
        assertThat(datasets).containsExactly(Values.iri(BASE + "catalog#dataset"));
    }

    /** Follows every link of a page that stays on this server; records each one's final status. */
    private void walkPage(String path, Map<String, Integer> walked) {
        HttpResponse<byte[]> page = client.get(path, "Accept", "text/html");
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        Matcher links = LINK.matcher(new String(page.body(), StandardCharsets.UTF_8));
        while (links.find()) {
            String href = links.group(1).replace("&amp;", "&");
            assertThat(href).as("a link on %s to the data's canonical base instead of this server", path)
                    .doesNotStartWith(BASE + "id/");
            URI target = URI.create(server).resolve(path).resolve(href);
            String url = target.toString().replaceAll("#.*$", "");
            if (url.startsWith(server) && !walked.containsKey(url)) {
                walked.put(url, status(url, "text/html,*/*;q=0.8"));
            }
        }
    }

    /** The status of a GET, following one 303 (which must stay on this server). */
    private int status(String url, String accept) {
        HttpResponse<byte[]> response = client.get(url, "Accept", accept);
        if (response.statusCode() == 303) {
            String location = LdClient.header(response, "Location");
            assertThat(location).as("303 from " + url).startsWith(server);
            return client.get(location, "Accept", accept).statusCode();
        }
        return response.statusCode();
    }

    private List<String> sitemap() {
        Matcher locs = SITEMAP_LOC.matcher(new String(client.get("/sitemap.xml").body(), StandardCharsets.UTF_8));
        List<String> urls = new ArrayList<>();
        while (locs.find()) {
            urls.add(locs.group(1));
        }
        return urls;
    }
}
