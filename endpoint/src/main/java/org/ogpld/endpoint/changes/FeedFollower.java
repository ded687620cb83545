package org.ogpld.endpoint.changes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Follows an OGP-LD event stream into a local store: the snapshot ({@code /dump/ogp.nq.gz}) or the first page to
 * begin with, then each page once; of the newest page, it reads next only the members after the last one it saw
 * (the page's {@code tree:GreaterThanRelation}), revalidated by {@code ETag}. Not thread-safe.
 *
 * <pre>{@code
 * FeedFollower follower = FeedFollower.of(URI.create("http://localhost:3030/feed"));
 * follower.start(store, true);      // the snapshot, or nothing
 * follower.catchUp(store);          // then as often as wanted
 * }</pre>
 */
public final class FeedFollower {

    /** TriG first: with the vocabularies' prefixes, pages are about 40 % smaller than in N-Quads, gzip or not. */
    private static final String QUADS = "application/trig, application/n-quads;q=0.9";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final URI stream;
    private URI page;
    private String etag;
    /** The latest member time applied, and the versions applied at that time (an entry may span two pages). */
    private Instant applied = Instant.MIN;
    private final Set<Node> appliedAt = new HashSet<>();
    private final Map<URI, Integer> fetches = new LinkedHashMap<>();
    private final Set<URI> fullWhenFirstFetched = new HashSet<>();
    private long bytesReceived;
    private long bytesDecoded;

    private FeedFollower(URI stream) {
        this.stream = stream;
    }

    /** A follower of the stream at {@code stream} ({@code .../feed} or {@code .../feed/{kind}}). */
    public static FeedFollower of(URI stream) {
        return new FeedFollower(stream);
    }

    /** A follower going on from {@code position}, in place of {@link #start}. */
    public static FeedFollower resume(FollowPosition position) {
        FeedFollower follower = new FeedFollower(position.stream());
        follower.page = position.page();
        follower.applied = position.applied();
        position.appliedAt().forEach(version -> follower.appliedAt.add(NodeFactory.createURI(version)));
        return follower;
    }

    /** Where the follower stands, after {@link #start} or {@link #catchUp}. */
    public FollowPosition position() {
        if (page == null) {
            throw new IllegalStateException("The follower of " + stream + " has not started: call start first");
        }
        return new FollowPosition(stream, page, applied, appliedAt.stream().map(Node::getURI)
                .collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * Starts from the server's snapshot, loaded into {@code target} (which must hold nothing yet), when
     * {@code snapshot} is set; otherwise from the view's first page.
     */
    public void start(DatasetGraph target, boolean snapshot) throws IOException, InterruptedException {
        if (snapshot) {
            URI dump = stream.resolve("/dump/ogp.nq.gz");
            HttpResponse<InputStream> answer = send(HttpRequest.newBuilder(dump).GET(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = new GZIPInputStream(answer.body())) {
                Txn.executeWrite(target, () -> RDFParser.source(body).lang(Lang.NQUADS).parse(target));
            }
            page = stream.resolve(answer.headers().firstValue(FeedSnapshot.PAGE).orElseThrow(() ->
                    new IOException(dump + " names no feed page to continue from (" + FeedSnapshot.PAGE + ")")));
            // Every member up to the snapshot's time is in it.
            applied = Instant.parse(answer.headers().firstValue(FeedSnapshot.TIME).orElseThrow());
            return;
        }
        DatasetGraph description = fetch(stream).orElseThrow();
        page = URI.create(only(description.find(Node.ANY, Node.ANY, FeedTerms.view, Node.ANY)).getObject().getURI());
    }

    /**
     * Fetches the pages from where the follower stands to the newest and applies their new members to
     * {@code target}; returns how many members it applied.
     */
    public int catchUp(DatasetGraph target) throws IOException, InterruptedException {
        int members = 0;
        while (true) {
            Optional<DatasetGraph> content = fetch(page);
            if (content.isEmpty()) {
                return members;
            }
            DatasetGraph received = content.get();
            members += Txn.calculateWrite(target, () -> FeedReplay.apply(received, target, this::unseen));
            received.find(Quad.defaultGraphIRI, Node.ANY, FeedTerms.generatedAtTime, Node.ANY).forEachRemaining(
                    q -> seen(q.getSubject(), Instant.parse(q.getObject().getLiteralLexicalForm())));
            Iterator<Quad> next = received.find(Quad.defaultGraphIRI, Node.ANY, FeedTerms.node, Node.ANY);
            if (!next.hasNext()) {
                return members;
            }
            Quad relation = next.next();
            page = URI.create(relation.getObject().getURI());
            etag = null;
            if (received.contains(Quad.defaultGraphIRI, relation.getSubject(), FeedTerms.type,
                    FeedTerms.GreaterThanRelation)) {
                // The newest page goes on after its last member: next time, read from there, not the whole page.
                return members;
            }
        }
    }

    /** How many times this follower asked for each page (and the stream's description). */
    public Map<URI, Integer> fetches() {
        return Map.copyOf(fetches);
    }

    /** The pages that were full (immutable) when this follower first read them. */
    public Set<URI> fullWhenFirstFetched() {
        return Set.copyOf(fullWhenFirstFetched);
    }

    /** The bytes of the stream's pages and description this follower received, as sent (gzip when compressed). */
    public long bytesReceived() {
        return bytesReceived;
    }

    /** The same bytes uncompressed: what a client that does not ask for gzip would receive. */
    public long bytesDecoded() {
        return bytesDecoded;
    }

    /** The page the follower will ask for next. */
    public URI page() {
        return page;
    }

    /** The page at {@code uri}, or empty when it has not changed since the follower last read it. */
    private Optional<DatasetGraph> fetch(URI uri) throws IOException, InterruptedException {
        // Pages are text that compresses ~10-20 times; the server gzips them when asked (server.compression).
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", QUADS)
                .header("Accept-Encoding", "gzip").GET();
        if (etag != null && uri.equals(page)) {
            request.header("If-None-Match", etag);
        }
        boolean first = !fetches.containsKey(uri);
        fetches.merge(uri, 1, Integer::sum);
        HttpResponse<InputStream> answer = send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (first && answer.headers().firstValue("Cache-Control").orElse("").contains("immutable")) {
            fullWhenFirstFetched.add(uri);
        }
        if (answer.statusCode() == 304) {
            answer.body().close();
            return Optional.empty();
        }
        etag = answer.headers().firstValue("ETag").orElse(null);
        DatasetGraph content = DatasetGraphFactory.create();
        boolean gzip = answer.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
        BoundedInputStream wire = BoundedInputStream.builder().setInputStream(answer.body()).get();
        BoundedInputStream body = BoundedInputStream.builder().setInputStream(gzip ? new GZIPInputStream(wire) : wire)
                .get();
        try (body) {
            RDFParser.source(body).lang(lang(answer)).parse(content);
        } finally {
            bytesReceived += wire.getCount();
            bytesDecoded += body.getCount();
        }
        return Optional.of(content);
    }

    /** The syntax of a page, from its {@code Content-Type}: TriG or N-Quads. */
    private static Lang lang(HttpResponse<?> answer) throws IOException {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        Lang lang = RDFLanguages.contentTypeToLang(type.split(";")[0].strip());
        if (lang == null || !RDFLanguages.isQuads(lang)) {
            throw new IOException(answer.request().uri() + " answered " + type + ", not TriG or N-Quads");
        }
        return lang;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        HttpResponse<T> answer = client.send(request.timeout(Duration.ofMinutes(5)).build(), body);
        if (answer.statusCode() == 410) {
            throw new IOException(answer.request().uri() + " is gone: the server's log was compacted past where "
                    + "this follower stands; follow again into an empty store, from the snapshot");
        }
        if (answer.statusCode() != 200 && answer.statusCode() != 304) {
            throw new IOException(answer.request().uri() + " answered " + answer.statusCode());
        }
        return answer;
    }

    private static Quad only(Iterator<Quad> quads) throws IOException {
        if (!quads.hasNext()) {
            throw new IOException("The stream names no view (tree:view)");
        }
        return quads.next();
    }

    private boolean unseen(Node version, Instant time) {
        return time.isAfter(applied) || (time.equals(applied) && !appliedAt.contains(version));
    }

    private void seen(Node version, Instant time) {
        if (time.isAfter(applied)) {
            applied = time;
            appliedAt.clear();
        }
        if (time.equals(applied)) {
            appliedAt.add(version);
        }
    }
}
