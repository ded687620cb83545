package org.ogpld.endpoint.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.Http;
import org.ogpld.endpoint.OgpldApplication;
import org.ogpld.endpoint.changes.ChangeLog;
import org.ogpld.endpoint.changes.ChangeRecorder;
import org.ogpld.endpoint.store.ReplicaProcess;
import org.ogpld.endpoint.store.StoreGeneration;
import org.ogpld.endpoint.store.StoreReopening;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Kafka broker (KRaft, in this JVM), a writer and two replicas: one a server started mid-stream from the
 * writer's snapshot, the other the production apply loop in a process of its own ({@link ReplicaProcess}),
 * killed while it applies. Random SPARQL updates and Graph Store writes go to the writer; after each quiet period
 * the replicas' stores are isomorphic to the writer's (RDF4J) and give the writer's validators, and the broker is
 * stopped and restarted during writes without an acknowledged write lost or a patch repeated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicationIT {

    private static final String TOKEN = "Bearer replication-token";
    private static final String TOPIC = "ogpld-it";
    /** Both servers' public URL, as behind one load balancer: their answers are then the same bytes. */
    private static final String PUBLIC_URL = "--ogpld.public-url=http://ogp.test/";
    private static final int KILL_CYCLES = Integer.getInteger("ogpld.replication.kill-cycles", 10);

    @TempDir
    static Path temp;

    private static KafkaClusterTestKit kafka;
    private static ConfigurableApplicationContext writer;
    private static ConfigurableApplicationContext replica;
    private static Http writerHttp;
    private static Http replicaHttp;
    private static final Random RANDOM = new Random(20);
    private static int written;

    @BeforeAll
    static void start() throws Exception {
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).setBaseDirectory(temp.resolve("kafka")).build())
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("transaction.state.log.num.partitions", "1")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("log.cleaner.dedupe.buffer.size", "1048577")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        writer = OgpldApplication.start("--server.port=0", "--ogpld.store.in-memory=true",
                "--ogpld.load=src/test/resources/org/ogpld/endpoint/ld/fixture.trig",
                "--ogpld.security.token=replication-token", PUBLIC_URL,
                "--ogpld.replication.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--ogpld.replication.kafka.topic=" + TOPIC, "--ogpld.replication.kafka.timeout=5s");
        writerHttp = http(writer);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closing : new AutoCloseable[] {replica, writer, kafka}) {
            if (closing != null) {
                closing.close();
            }
        }
    }

    @Test
    @Order(1)
    void aReplicaStartedFromAMidStreamSnapshotMatchesTheWriterAfterEachQuietPeriod() {
        writeRandomly(10);
        replica = OgpldApplication.start("--server.port=0", "--ogpld.store.in-memory=true",
                "--ogpld.replication.replica=true", "--ogpld.replication.writer-url=" + writerHttp.url("/"),
                PUBLIC_URL,
                "--ogpld.replication.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--ogpld.replication.kafka.topic=" + TOPIC);
        replicaHttp = http(replica);
        // A patch over Kafka's default limit of 1 MiB (a large publication replaced), then dropped again.
        assertThat(taken(() -> gsp("PUT", "urn:large", large())).statusCode()).isIn(201, 204);
        for (int round = 0; round < 3; round++) {
            writeRandomly(10);
            awaitReplica();
            assertThat(Models.isomorphic(data(replica), data(writer))).as("round " + round).isTrue();
            assertSameValidators();
            if (round == 0) {
                assertThat(taken(() -> gsp("DELETE", "urn:large", null)).statusCode()).isEqualTo(204);
            }
        }
    }

    /**
     * Turtle compared by isomorphism (RDF4J); JSON-LD as JSON trees (its context is the public URL's, which does not
     * resolve here); the sitemap by its entries (their order is not kept).
     */
    private static boolean sameContent(String type, String one, String other) {
        if (type.contains("json")) {
            tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
            return json.readTree(one).equals(json.readTree(other));
        }
        if (type.startsWith("text/turtle")) {
            try {
                org.eclipse.rdf4j.rio.RDFFormat turtle = org.eclipse.rdf4j.rio.RDFFormat.TURTLE;
                return Models.isomorphic(Rio.parse(new java.io.StringReader(one), "", turtle),
                        Rio.parse(new java.io.StringReader(other), "", turtle));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile("<(loc|lastmod)>[^<]*</\\1>");
        return entry.matcher(one).results().map(java.util.regex.MatchResult::group).sorted().toList()
                .equals(entry.matcher(other).results().map(java.util.regex.MatchResult::group).sorted().toList());
    }

    /** 5,000 triples with long literals: a patch of about 1.5 MB. */
    private static String large() {
        StringBuilder turtle = new StringBuilder();
        String text = "ə".repeat(100) + "x".repeat(100);
        for (int i = 0; i < 5000; i++) {
            turtle.append("<urn:large:").append(i).append("> <urn:text> \"").append(text).append(i).append("\" .\n");
        }
        return turtle.toString();
    }

    /**
     * Linked Data, harvest, catalog and sitemap answers carry the same ETag and Last-Modified from the writer and
     * the replica holding the same log entry, so a client's If-None-Match from one is honoured by the other.
     */
    private static void assertSameValidators() {
        for (String[] read : new String[][] {{"/doc/event/round-table.ttl", "text/turtle"},
            {"/harvest/event", "text/turtle"}, {"/catalog", "text/turtle"}, {"/sitemap.xml", "application/xml"}}) {
            HttpResponse<String> fromWriter = writerHttp.send(writerHttp.request(read[0]).header("Accept", read[1]));
            HttpResponse<String> fromReplica = replicaHttp.send(replicaHttp.request(read[0]).header("Accept", read[1]));
            assertThat(fromWriter.statusCode()).as(read[0]).isEqualTo(200);
            String etag = fromWriter.headers().firstValue("ETag").orElseThrow();
            assertThat(fromReplica.headers().firstValue("ETag")).as(read[0]).hasValue(etag);
            assertThat(fromReplica.headers().firstValue("Last-Modified")).as(read[0])
                    .isEqualTo(fromWriter.headers().firstValue("Last-Modified")).isPresent();
            assertThat(sameContent(fromWriter.headers().firstValue("Content-Type").orElse(""), fromReplica.body(),
                    fromWriter.body())).as(read[0]).isTrue();
            assertThat(replicaHttp.send(replicaHttp.request(read[0]).header("Accept", read[1])
                    .header("If-None-Match", etag)).statusCode()).as(read[0]).isEqualTo(304);
        }
    }

    @Test
    @Order(2)
    void aClientSendingItsLastPositionReadsItsOwnWriteFromTheReplica() {
        HttpResponse<String> write = writerHttp.update("INSERT DATA { GRAPH <urn:mine> { <urn:me> <urn:wrote> 1 } }",
                TOKEN);
        assertThat(write.statusCode()).isEqualTo(204);
        String position = write.headers().firstValue(PositionHeader.POSITION).orElseThrow();
        HttpResponse<String> read = replicaHttp.send(replicaHttp.request("/ogp/sparql?query="
                + Http.encode("ASK { GRAPH <urn:mine> { <urn:me> <urn:wrote> 1 } }"))
                .header("Accept", "application/sparql-results+json").header(PositionHeader.MIN_POSITION, position));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("true");
        assertThat(Long.parseLong(read.headers().firstValue(PositionHeader.POSITION).orElseThrow()))
                .isGreaterThanOrEqualTo(Long.parseLong(position));
    }

    @Test
    @Order(3)
    void theReplicaSendsWritesToTheWriterAndReportsItsRoleAndLag() {
        HttpResponse<String> update = replicaHttp.update("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> 1 } }",
                TOKEN);
        assertThat(update.statusCode()).isEqualTo(307);
        assertThat(update.headers().firstValue("Location")).hasValue(writerHttp.url("/ogp/update"));
        HttpResponse<String> put = replicaHttp.send(replicaHttp.request("/ogp/data?graph=urn:x")
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> 1 .")));
        assertThat(put.statusCode()).isEqualTo(307);
        assertThat(put.headers().firstValue("Location")).hasValue(writerHttp.url("/ogp/data?graph=urn:x"));
        assertThat(replicaHttp.send(replicaHttp.request("/$/stats/ogp")).body())
                .contains("\"role\":\"replica\"", "\"lagPatches\":0");
        assertThat(writerHttp.send(writerHttp.request("/$/stats/ogp")).body()).contains("\"role\":\"writer\"");
        assertThat(replicaHttp.send(replicaHttp.request("/$/metrics")).body())
                .contains("ogpld_replication_position{", "role=\"replica\"", "ogpld_replication_lag_patches{");
        HttpResponse<String> ready = replicaHttp.send(replicaHttp.request("/actuator/health/readiness"));
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");
    }

    @Test
    @Order(4)
    void aReplicaKilledWhileItAppliesResumesWithNoPatchRepeatedOrMissed() throws Exception {
        Path folder = temp.resolve("replica-b");
        DatasetGraph replayed = DatasetGraphFactory.createTxnMem();
        long replayedTo = 0;
        for (int cycle = 0; cycle < KILL_CYCLES; cycle++) {
            writeRandomly(4);
            runReplicaProcess(folder, 1 + RANDOM.nextInt(4));
            Dataset store = TDB2Factory.connectDataset(folder.toString());
            try {
                long applied = Txn.calculateRead(store, () -> ReplicaPosition.read(store.asDatasetGraph())
                        .orElseThrow().seq());
                replayedTo = replay(replayed, replayedTo, applied);
                assertThat(Models.isomorphic(data(store), model(Txn.calculateRead(replayed, () ->
                        toList(replayed.find()))))).as("cycle %d: the replica's data is the writer's at entry %d",
                        cycle, applied).isTrue();
            } finally {
                TDBInternal.expel(store.asDatasetGraph());
            }
        }
        runReplicaProcess(folder, -1);
        Dataset store = TDB2Factory.connectDataset(folder.toString());
        try {
            assertThat(Txn.calculateRead(store, () -> ReplicaPosition.read(store.asDatasetGraph()).orElseThrow()
                    .seq())).isEqualTo(writerPosition());
            assertThat(Models.isomorphic(data(store), data(writer))).isTrue();
            StoreGeneration replicaValidators = new StoreGeneration(store, new StoreReopening(store),
                    () -> Txn.calculateRead(store, () -> ReplicatedLogPosition.read(store.asDatasetGraph(), true)));
            StoreGeneration writerValidators = writer.getBean(StoreGeneration.class);
            assertThat(replicaValidators.tag()).as("the killed replica's validators").isEqualTo(writerValidators.tag());
            assertThat(replicaValidators.lastModified()).isEqualTo(writerValidators.lastModified());
        } finally {
            TDBInternal.expel(store.asDatasetGraph());
        }
    }

    @Test
    @Order(5)
    void theBrokerStoppedAndRestartedDuringWritesLosesNoAcknowledgedWriteAndRepeatsNone() throws Exception {
        try (ConfigurableApplicationContext async = OgpldApplication.start("--server.port=0",
                "--ogpld.store.in-memory=true", "--ogpld.load=src/test/resources/org/ogpld/endpoint/ld/fixture.trig",
                "--ogpld.security.token=replication-token", "--ogpld.replication.async=true",
                "--ogpld.replication.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--ogpld.replication.kafka.topic=" + TOPIC + "-async", "--ogpld.replication.kafka.timeout=5s")) {
            brokerStoppedAndRestartedDuringWrites(http(async));
        }
    }

    /**
     * Also an {@code async} writer on a topic of its own: while the broker is down its writes are answered (204)
     * and counted as unpublished; once it is back, its whole log reaches the topic, each entry once and in order.
     */
    private static void brokerStoppedAndRestartedDuringWrites(Http async) throws Exception {
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Integer> refused = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writes = new Thread(() -> {
            for (int n = 0; writing.get(); n++) {
                int status = writerHttp.update("INSERT DATA { GRAPH <urn:acks> { <urn:ack:" + n + "> <urn:n> " + n
                        + " } }", TOKEN).statusCode();
                (status == 204 ? acknowledged : refused).add(n);
                assertThat(status).isIn(204, 503);
            }
        });
        writes.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 5);
        kafka.brokers().values().forEach(broker -> {
            broker.shutdown();
            broker.awaitShutdown();
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> refused.size() >= 2);
        writeUnpublished();
        for (int n = 0; n < 3; n++) {
            assertThat(async.update("INSERT DATA { GRAPH <urn:async> { <urn:a> <urn:n> " + n + " } }", TOKEN)
                    .statusCode()).isEqualTo(204);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> unpublished(async) >= 3);
        int before = acknowledged.size();
        kafka.brokers().values().forEach(broker -> broker.startup());
        await().atMost(Duration.ofSeconds(90)).until(() -> acknowledged.size() >= before + 5);
        writing.set(false);
        writes.join();

        awaitReplica();
        for (ConfigurableApplicationContext server : List.of(writer, replica)) {
            Set<Integer> present = acks(server);
            assertThat(present).containsAll(acknowledged).doesNotContainAnyElementsOf(refused);
        }
        assertThat(Models.isomorphic(data(replica), data(writer))).isTrue();
        assertThat(topicSeqs(TOPIC)).as("each log entry once on the topic, in order").isEqualTo(
                java.util.stream.LongStream.rangeClosed(1, writerPosition()).boxed().toList());
        await().atMost(Duration.ofSeconds(60)).until(() -> unpublished(async) == 0);
        long asyncPosition = Long.parseLong(async.send(async.request("/$/ping")).headers()
                .firstValue(PositionHeader.POSITION).orElseThrow());
        assertThat(topicSeqs(TOPIC + "-async")).as("the async writer's log on its topic, once, in order").isEqualTo(
                java.util.stream.LongStream.rangeClosed(1, asyncPosition).boxed().toList());
    }

    /** The async writer's {@code unpublished}, from {@code /$/stats}. */
    private static long unpublished(Http server) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("\"unpublished\":(\\d+)")
                .matcher(server.send(server.request("/$/stats/ogp")).body());
        assertThat(found.find()).as("unpublished in /$/stats").isTrue();
        return Long.parseLong(found.group(1));
    }

    /**
     * A log entry made on the writer's store without its commit hooks, as writes made while replication was off:
     * the writer publishes it, in its place, before the next write once Kafka is back.
     */
    private static void writeUnpublished() {
        Dataset store = writer.getBean(Dataset.class);
        ChangeRecorder recorder = new ChangeRecorder(store, "https://w3id.org/ogp-ld/");
        store.begin(TxnType.WRITE);
        try {
            recorder.begin();
            recorder.target().add(NodeFactory.createURI("urn:unpublished"), NodeFactory.createURI("urn:a"),
                    NodeFactory.createURI("urn:b"), NodeFactory.createLiteralString("never published by a hook"));
            recorder.beforeCommit();
            store.commit();
        } finally {
            store.end();
            recorder.end();
        }
    }

    /** Runs the replica process until it has applied {@code applies} patches (-1: until the writer's position). */
    private static void runReplicaProcess(Path folder, int applies) throws IOException, InterruptedException {
        long target = writerPosition();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                ReplicaProcess.class.getName(), folder.toString(), kafka.bootstrapServers(), TOPIC)
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        int seen = 0;
        long last = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("APPLIED ")) {
                    last = Long.parseLong(line.substring(8));
                    // The first line is the position read at the start.
                    if (seen++ >= applies && applies >= 0 || applies < 0 && last >= target) {
                        break;
                    }
                } else {
                    output.append(line).append('\n');
                }
                assertThat(line).as("the replica's output:\n" + output).doesNotStartWith("HALTED");
            }
        } finally {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(last).as("the replica's output:\n" + output).isGreaterThanOrEqualTo(0);
    }

    /** Advances {@code replayed} with the writer's log entries after {@code from} up to {@code to}. */
    private static long replay(DatasetGraph replayed, long from, long to) {
        Dataset store = writer.getBean(Dataset.class);
        Txn.executeRead(store, () -> {
            for (long seq = from + 1; seq <= to; seq++) {
                ChangeLog.replay(ChangeLog.entry(store.asDatasetGraph(), seq).orElseThrow(), replayed);
            }
        });
        return to;
    }

    /** Random SPARQL updates and Graph Store writes (PUT, POST, DELETE) on the writer, each acknowledged. */
    private static void writeRandomly(int count) {
        for (int i = 0; i < count; i++) {
            int n = written++;
            String graph = "urn:g" + RANDOM.nextInt(5);
            String ending = String.valueOf(RANDOM.nextInt(10));
            Callable<HttpResponse<String>> write = switch (RANDOM.nextInt(5)) {
                case 0 -> () -> writerHttp.update("INSERT DATA { GRAPH <" + graph + "> { <urn:s" + n + "> <urn:p> \"v"
                        + n + "\"@az ; <urn:q> [ <urn:r> " + n + " ] } }", TOKEN);
                case 1 -> () -> writerHttp.update("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o "
                        + "FILTER(?g = <" + graph + "> && isIRI(?s) && STRENDS(STR(?s), \"" + ending + "\")) } }",
                        TOKEN);
                case 2 -> () -> gsp("PUT", graph, bulk(n));
                case 3 -> () -> gsp("POST", graph, bulk(n));
                default -> () -> gsp("DELETE", graph, null);
            };
            HttpResponse<String> response = taken(write);
            assertThat(response.statusCode()).as(response.body()).isIn(200, 201, 204, 404);
        }
    }

    private static String bulk(int n) {
        StringBuilder turtle = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            turtle.append("<urn:b").append(n).append('-').append(i).append("> <urn:v> \"").append(n * 100 + i)
                    .append("\" , [ <urn:w> ").append(i).append(" ] .\n");
        }
        return turtle.toString();
    }

    /**
     * The answer to {@code write}, sent again while the writer answers 503: it refuses, changing nothing, a write
     * Kafka did not take within its timeout, as on a loaded machine while the broker creates the topic.
     */
    private static HttpResponse<String> taken(Callable<HttpResponse<String>> write) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(write, response -> response.statusCode() != 503);
    }

    private static HttpResponse<String> gsp(String method, String graph, String turtle) {
        HttpRequest.Builder request = writerHttp.request("/ogp/data?graph=" + Http.encode(graph))
                .header("Authorization", TOKEN).header("Content-Type", "text/turtle")
                .method(method, turtle == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(turtle));
        return writerHttp.send(request);
    }

    private static void awaitReplica() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> replica.getBean(ReplicationStatus.class).position() == writerPosition());
    }

    private static long writerPosition() {
        Dataset store = writer.getBean(Dataset.class);
        return Txn.calculateRead(store, () -> ChangeLog.head(store.asDatasetGraph()).last());
    }

    /** The sequence numbers of the patches on the topic, as a replica reads them (committed only). */
    private static List<Long> topicSeqs(String topic) {
        return TopicRecords.committed(kafka.bootstrapServers(), topic).stream()
                .map(record -> TopicRecords.seq(record).orElseThrow()).toList();
    }

    private static Set<Integer> acks(ConfigurableApplicationContext server) {
        Dataset store = server.getBean(Dataset.class);
        return Txn.calculateRead(store, () -> {
            Set<Integer> numbers = new java.util.HashSet<>();
            store.asDatasetGraph().find(org.apache.jena.graph.NodeFactory.createURI("urn:acks"), Node.ANY, Node.ANY,
                    Node.ANY).forEachRemaining(q -> numbers.add(Integer.parseInt(q.getObject()
                            .getLiteralLexicalForm())));
            return numbers;
        });
    }

    private static Model data(ConfigurableApplicationContext server) {
        return data(server.getBean(Dataset.class));
    }

    private static Model data(Dataset store) {
        return Txn.calculateRead(store, () -> model(toList(store.asDatasetGraph().findNG(Node.ANY, Node.ANY,
                Node.ANY, Node.ANY))));
    }

    private static List<Quad> toList(Iterator<Quad> quads) {
        List<Quad> list = new ArrayList<>();
        quads.forEachRemaining(list::add);
        return list;
    }

    private static Model model(List<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, quads.iterator());
        try {
            return Rio.parse(new ByteArrayInputStream(out.toByteArray()), "",
                    org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}
