package org.ogpld.endpoint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogpld.endpoint.Http;

/**
 * Replays the bad-input corpus ({@code bad-input.tsv}): every case gets its expected status and message, never a
 * 500, and leaves the store exactly as it was (same quad count, the base graph intact).
 */
class BadInputCorpusIT extends ReliabilityServer {

    static final String BASE_DATA = "<urn:base> { <urn:ex:a> <urn:ex:p> 1 . <urn:ex:a> <urn:ex:p> 2 . "
            + "<urn:ex:b> <urn:ex:p> \"Bakı\"@az . }";

    Http http;

    static List<CorpusCase> corpus() {
        return CorpusCase.read("bad-input.tsv");
    }

    @BeforeEach
    void baseData() {
        http = http();
        resetTo(http, BASE_DATA);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInputGetsItsStatusAndMessageAndChangesNothing(CorpusCase bad) {
        long before = quadCount(http);
        HttpResponse<String> response = http.send(request(bad));
        assertThat(response.statusCode()).as("%s answered %s", bad.name(), response.body())
                .isEqualTo(bad.status());
        assertThat(response.body()).as(bad.name()).contains(bad.fragment());
        assertThat(quadCount(http)).as("quads after %s", bad.name()).isEqualTo(before);
    }

    private HttpRequest.Builder request(CorpusCase bad) {
        HttpRequest.BodyPublisher body = bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(bad.body());
        HttpRequest.Builder request = http.request(bad.path()).method(bad.method(), body);
        bad.headers().forEach(request::header);
        return request;
    }
}
