package org.ogpld.endpoint.ops;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.replication.ReplicationStatus;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Fuseki-style operations: ping, server description, dataset statistics. */
@RestController
class OpsController {

    static final String DATASET = "ogp";

    private final Dataset dataset;
    private final RequestCounters counters;
    private final ReplicationStatus replication;

    OpsController(Dataset dataset, RequestCounters counters, ReplicationStatus replication) {
        this.dataset = dataset;
        this.counters = counters;
        this.replication = replication;
    }

    /** Answers at once with the time, without touching the store. */
    @RequestMapping(path = "/$/ping", method = {RequestMethod.GET, RequestMethod.POST, RequestMethod.HEAD})
    ResponseEntity<String> ping(jakarta.servlet.http.HttpServletRequest request) {
        RequestFacts.operation(request, "ping");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_PLAIN)
                .body(Instant.now() + "\n");
    }

    @GetMapping(path = "/$/server", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> server(jakarta.servlet.http.HttpServletRequest request) {
        RequestFacts.operation(request, "server");
        Map<String, Object> server = new LinkedHashMap<>();
        String version = OpsController.class.getPackage().getImplementationVersion();
        server.put("version", version == null ? "development" : version);
        server.put("startDateTime", Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())
                .toString());
        server.put("uptime", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        server.put("datasets", List.of(Map.of(
                "ds.name", "/" + DATASET,
                "ds.state", true,
                "ds.services", List.of(
                        service("query", "sparql", "query", ""),
                        service("update", "update", "sparql", ""),
                        service("gsp-rw", "data"),
                        service("gsp-r", "get")))));
        return server;
    }

    private static Map<String, Object> service(String type, String... endpoints) {
        return Map.of("srv.type", type, "srv.endpoints", List.of(endpoints));
    }

    @GetMapping(path = "/$/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> allStats(jakarta.servlet.http.HttpServletRequest request) {
        RequestFacts.operation(request, "stats");
        return Map.of("datasets", Map.of("/" + DATASET, stats()));
    }

    @GetMapping(path = "/$/stats/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> datasetStats(@PathVariable String name, jakarta.servlet.http.HttpServletRequest request) {
        RequestFacts.operation(request, "stats");
        if (!DATASET.equals(name)) {
            throw EndpointException.notFound("No dataset /" + name + "; this server has /" + DATASET);
        }
        return stats();
    }

    /** Triples in one named graph. */
    record GraphStats(String graph, long triples) {}

    private Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("dataset", "/" + DATASET);
        List<GraphStats> graphs = new ArrayList<>();
        long total = Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long sum = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                var name = it.next();
                long size = dsg.getGraph(name).size();
                graphs.add(new GraphStats(name.getURI(), size));
                sum += size;
            }
            return sum;
        });
        stats.put("triples", total);
        stats.put("graphs", graphs);
        RequestCounters.Counts all = counters.total();
        Map<String, Object> requests = new LinkedHashMap<>();
        requests.put("Requests", all.total());
        requests.put("RequestsGood", all.good());
        requests.put("RequestsBad", all.bad());
        requests.put("QueryTimeouts", all.timeouts());
        requests.put("operations", counters.snapshot());
        stats.put("requests", requests);
        stats.put("replication", replication.describe());
        return stats;
    }
}
