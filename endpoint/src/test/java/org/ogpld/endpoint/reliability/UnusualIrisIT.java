package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogpld.endpoint.Http;

/**
 * The other side of the illegal-IRI cases in the bad-input corpus: legal but unusual IRIs (a one-letter URN
 * namespace that Jena's checker warns about, ISBN and UUID URNs, {@code tag:}, {@code mailto:}, non-ASCII letters)
 * are stored as sent, as data, as graph names and as protocol dataset parameters. RDF4J's Rio is the oracle.
 */
class UnusualIrisIT extends ReliabilityServer {

    static final String DOCUMENT = """
            <urn:a> <urn:isbn:0451450523> <tag:example.org,2024:x> .
            <mailto:a@b.org> <http://example.org/ə> <http://bakı.az/Mətbuat?q=ş#ğ> .
            <urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6> <urn:ex:p> "Bakı"@az .
            """;

    Http http;

    @BeforeEach
    void emptyStore() {
        http = http();
        assertThat(http.update("DROP ALL", BEARER).statusCode()).isEqualTo(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples"})
    void legalButUnusualIrisAreStoredAsSent(String contentType) {
        HttpResponse<String> put = http.send(http.request("/ogp/data?graph=urn:unusual").header("Authorization", BEARER)
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(DOCUMENT)));
        assertThat(put.statusCode()).as(put.body()).isBetween(200, 204);

        HttpResponse<String> get = http.send(http.request("/ogp/data?graph=urn:unusual")
                .header("Accept", "application/n-triples").GET());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(Models.isomorphic(rio(get.body()), rio(DOCUMENT))).as(get.body()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:a", "tag:example.org,2024:g", "http://example.org/ə", "mailto:a@b.org"})
    void unusualGraphNamesWorkForGraphStoreAndProtocolParameters(String graph) {
        HttpResponse<String> put = http.send(http.request("/ogp/data?graph=" + Http.encode(graph))
                .header("Authorization", BEARER).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:ex:s> <urn:ex:p> 1 .")));
        assertThat(put.statusCode()).as(put.body()).isBetween(200, 204);

        HttpResponse<String> ask = http.query("ASK { <urn:ex:s> <urn:ex:p> 1 }", "text/csv",
                "default-graph-uri=" + Http.encode(graph), "named-graph-uri=" + Http.encode(graph));
        assertThat(ask.statusCode()).as(ask.body()).isEqualTo(200);
        assertThat(ask.body()).contains("true");
    }

    private static Model rio(String ntriples) {
        try {
            return Rio.parse(new StringReader(ntriples), "", RDFFormat.NTRIPLES);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
