package org.ogpld.endpoint;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waits on what a busy server reports instead of sleeping: the requests it is handling, as its Prometheus metrics
 * count them (Micrometer's {@code http.server.requests.active}), and a query turned away because the slots are
 * taken.
 */
public final class BusyServer {

    private static final Pattern ACTIVE =
            Pattern.compile("(?m)^http_server_requests_active_seconds_gcount\\{[^}]*} (\\S+)$");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private BusyServer() {
    }

    /** Waits until the server handles {@code requests} requests besides the one asking for its metrics. */
    public static void awaitActive(Http http, int requests) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> active(http) >= requests);
    }

    /**
     * Waits until {@code queries} queries already sent are in the server, then until one more is turned away for
     * want of a free slot; returns that answer.
     */
    public static HttpResponse<String> awaitQueriesTurnedAway(Http http, int queries) {
        awaitActive(http, queries);
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> http.query("ASK {}", null), answer -> answer.statusCode() == 503);
    }

    private static int active(Http http) {
        Matcher counts = ACTIVE.matcher(http.send(http.request("/$/metrics").GET()).body());
        double sum = 0;
        while (counts.find()) {
            sum += Double.parseDouble(counts.group(1));
        }
        return (int) sum - 1;
    }
}
