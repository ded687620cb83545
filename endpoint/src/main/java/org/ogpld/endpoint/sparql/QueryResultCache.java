package org.ogpld.endpoint.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.stereotype.Component;

/**
 * Answers to queries, kept while the store's data version stays the one they were computed at: any committed write
 * (update, graph store protocol, load) raises the version, so an answer is never served for data it was not
 * computed from. Keyed on the exact request (query text, base, protocol dataset, response type); bounded in bytes
 * ({@code ogpld.query.cache-size}, 0 turns it off), each answer at most an eighth of that. Queries whose answer may
 * differ between runs (RAND, NOW, UUID, STRUUID, BNODE, random and current-date-time functions) are not kept.
 * Hits and misses are the {@code cache.gets} metrics of {@code ogpld.query.answers}.
 */
@Component
class QueryResultCache {

    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)\\b(rand|now|uuid|struuid|bnode|random|current-date|current-time|current-datetime)\\s*\\(");

    /** What an answer depends on: the data version and everything in the request that shapes the response. */
    record Key(long dataVersion, String query, String base, List<String> defaultGraphs, List<String> namedGraphs,
               String contentType) {
    }

    /** A kept answer: the response body as sent, and the rows or triples it held. */
    record Answer(byte[] body, long count) {
    }

    /** How many requests are remembered as seen once; forgetting one only delays keeping its answer. */
    private static final long SEEN = 65_536;

    private final Cache<Key, Answer> answers;
    private final Cache<Integer, Boolean> seen;
    private final long maxAnswerBytes;

    QueryResultCache(OgpldProperties properties, MeterRegistry registry) {
        long maxBytes = properties.query().cacheSize().toBytes();
        this.maxAnswerBytes = maxBytes / 8;
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key key, Answer answer) -> answer.body().length + 2 * key.query().length())
                .recordStats().build();
        this.seen = Caffeine.newBuilder().maximumSize(SEEN).build();
        CaffeineCacheMetrics.monitor(registry, answers, "ogpld.query.answers");
    }

    /** The key of {@code request} at {@code dataVersion}, empty if its answers are not to be kept. */
    Optional<Key> key(long dataVersion, QueryRequest request, OutputFormat format) {
        if (maxAnswerBytes == 0 || VOLATILE.matcher(request.query()).find()) {
            return Optional.empty();
        }
        return Optional.of(new Key(dataVersion, request.query(), request.base(), request.defaultGraphs(),
                request.namedGraphs(), format.contentType()));
    }

    Optional<Answer> get(Key key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    /**
     * Whether the answer to {@code key}, which the cache does not hold, is worth keeping: only once the same request
     * has been seen before (requests are remembered by hash: a collision merely keeps an answer a request early).
     */
    boolean worthKeeping(Key key) {
        return seen.asMap().putIfAbsent(key.hashCode(), Boolean.TRUE) != null;
    }

    /**
     * A stream that sends everything to {@code out} and keeps a copy for {@code key}, as long as the copy stays
     * within the size an answer may have; {@link Recording#keep(long)} stores it once the answer is complete.
     */
    Recording record(Key key, OutputStream out) {
        return new Recording(key, out);
    }

    /** The response stream of an answer being computed, copied for the cache. */
    final class Recording extends FilterOutputStream {
        private final Key key;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream();

        private Recording(Key key, OutputStream out) {
            super(out);
            this.key = key;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (copy != null) {
                copy.write(b);
                dropIfTooBig();
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            if (copy != null) {
                copy.write(bytes, offset, length);
                dropIfTooBig();
            }
        }

        private void dropIfTooBig() {
            if (copy.size() > maxAnswerBytes) {
                copy = null;
            }
        }

        /** Keeps the answer written so far, {@code count} rows or triples, unless it grew too big. */
        void keep(long count) {
            if (copy != null) {
                answers.put(key, new Answer(copy.toByteArray(), count));
            }
        }
    }
}
