package org.ogpld.endpoint.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.RequestFacts;
import org.ogpld.endpoint.store.StoreGeneration;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Runs a SPARQL query: check its size, take a permit, validate (parse under the deadline, bound the functions
 * that can run away, refuse SERVICE, negotiate the format), then in a read transaction answer from the
 * {@link QueryResultCache} if it holds the answer for the data as it is, else execute with what is left of the
 * timeout, writing the results straight to the response as they come (and to the cache).
 */
@Service
class QueryService {

    private final Dataset dataset;
    private final FeatureGuard guard;
    private final QueryLimiter limiter;
    private final QueryResultCache cache;
    private final StoreGeneration generation;
    private final ParseWorkers parsing;
    private final Duration maxTimeout;
    private final DataSize maxSize;
    private final PublicUrl publicUrl;

    QueryService(Dataset dataset, FeatureGuard guard, QueryLimiter limiter, QueryResultCache cache,
            StoreGeneration generation, ParseWorkers parsing, OgpldProperties properties, PublicUrl publicUrl) {
        this.dataset = dataset;
        this.publicUrl = publicUrl;
        this.guard = guard;
        this.limiter = limiter;
        this.cache = cache;
        this.generation = generation;
        this.parsing = parsing;
        this.maxTimeout = properties.query().timeout();
        this.maxSize = properties.query().maxSize();
    }

    /** Size check, then in one query slot and under one deadline: parse (on a worker), cache or execute. */
    void execute(QueryRequest request, HttpServletRequest http, HttpServletResponse response) {
        long deadline = System.nanoTime() + effectiveTimeout(request.timeout()).toNanos();
        RequestFacts.operation(http, "query");
        RequestFacts.queryText(http, request.query());
        TextSize.check(request.query(), maxSize, "query", "ogpld.query.max-size");
        try (QueryLimiter.Permit permit = limiter.acquire()) {
            Query query = parsing.within(() -> prepare(request), deadline, permit, "The query");
            DatasetDescription description = datasetDescription(query, request);
            OutputFormat format = negotiation(query).choose(request.accept(), request.format());
            long timeoutMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            Txn.executeRead(dataset, () -> {
                Optional<QueryResultCache.Key> key = cache.key(generation.generation(), request, format);
                Optional<QueryResultCache.Answer> kept = key.flatMap(cache::get);
                if (kept.isPresent()) {
                    permit.close(); // sending a kept answer runs no query
                    send(kept.get(), format, http, response);
                    return;
                }
                Optional<QueryResultCache.Key> keep = key.filter(cache::worthKeeping);
                run(new Execution(query, description, format, timeoutMillis, keep), http, response);
            });
        } catch (StackOverflowError ex) {
            throw EndpointException.badRequest("The query is nested too deeply to evaluate");
        }
    }

    /** Parse, bound the functions that can run away, refuse what reaches out; all deep recursions. */
    private Query prepare(QueryRequest request) {
        Query query = parse(request);
        ExpressionDepth.check(query);
        try {
            Query bounded = BoundedFunctions.bound(query);
            guard.checkQuery(bounded);
            StorageGraphGuard.checkQuery(bounded, request.defaultGraphs(), request.namedGraphs());
            return bounded;
        } catch (StackOverflowError ex) {
            throw EndpointException.badRequest("The query is nested too deeply to evaluate");
        }
    }

    private static Query parse(QueryRequest request) {
        Query query;
        try {
            query = QueryFactory.create(request.query(), request.base(), Syntax.syntaxARQ);
        } catch (QueryParseException ex) {
            throw EndpointException.badRequest("Parse error: " + ex.getMessage());
        } catch (StackOverflowError ex) {
            throw EndpointException.badRequest("The query is nested too deeply to parse");
        }
        if (!(query.isSelectType() || query.isAskType() || query.isConstructType() || query.isDescribeType())) {
            throw EndpointException.badRequest("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
        }
        return query;
    }

    /** The protocol's dataset replaces the query's FROM / FROM NAMED, which are then cleared. */
    private static DatasetDescription datasetDescription(Query query, QueryRequest request) {
        DatasetDescription description;
        if (!request.defaultGraphs().isEmpty() || !request.namedGraphs().isEmpty()) {
            description = DatasetDescription.create(request.defaultGraphs(), request.namedGraphs());
        } else if (query.hasDatasetDescription()) {
            description = query.getDatasetDescription();
        } else {
            return null;
        }
        query.getGraphURIs().clear();
        query.getNamedGraphURIs().clear();
        return description;
    }

    private static Negotiation negotiation(Query query) {
        if (query.isSelectType()) {
            return Negotiation.SELECT;
        }
        return query.isAskType() ? Negotiation.ASK : Negotiation.GRAPH;
    }

    /** The configured timeout, lowered (never raised) by the client's. */
    Duration effectiveTimeout(Duration requested) {
        return requested != null && requested.compareTo(maxTimeout) < 0 ? requested : maxTimeout;
    }

    /** One execution: the query, the protocol's dataset (or null), the format, the timeout, the cache key if kept. */
    private record Execution(Query query, DatasetDescription description, OutputFormat format, long timeoutMillis,
                             Optional<QueryResultCache.Key> key) {
    }

    private void run(Execution execution, HttpServletRequest http, HttpServletResponse response) {
        DatasetGraph target = execution.description() == null ? dataset.asDatasetGraph()
                : DynamicDatasets.dynamicDataset(execution.description(), dataset.asDatasetGraph(), false);
        try (QueryExec exec = QueryExec.dataset(target).query(execution.query())
                .timeout(execution.timeoutMillis(), TimeUnit.MILLISECONDS).build()) {
            Reply reply = new Reply(response, execution);
            long count = write(exec, execution.query(), reply);
            reply.complete(count);
            RequestFacts.rows(http, count);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void send(QueryResultCache.Answer answer, OutputFormat format, HttpServletRequest http,
            HttpServletResponse response) {
        RdfOutput.startResponse(response, format);
        response.setContentLength(answer.body().length);
        try {
            response.getOutputStream().write(answer.body());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        RequestFacts.rows(http, answer.count());
    }

    private long write(QueryExec exec, Query query, Reply reply) throws IOException {
        PrefixMap prefixes = Prefixes.adapt(query.getPrefixMapping());
        OutputFormat format = reply.format();
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            rows.hasNext(); // first results (or a timeout) before the status is sent
            CountingRowSet counted = new CountingRowSet(rows);
            ResultsWriter.create().lang(format.lang()).build().write(reply.open(), counted);
            return counted.count();
        }
        if (query.isAskType()) {
            boolean answer = exec.ask();
            ResultsWriter.create().lang(format.lang()).build().write(reply.open(), answer);
            return 1;
        }
        if (query.isConstructType() && format.quads()) {
            var quads = exec.constructQuads();
            quads.hasNext();
            return RdfOutput.quads(reply.open(), format, quads, prefixes);
        }
        var triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
        triples.hasNext();
        return RdfOutput.triples(reply.open(), format, triples, prefixes, publicUrl.context());
    }

    /** The response of one execution: started when the first results are ready, copied for the cache if kept. */
    private final class Reply {
        private final HttpServletResponse response;
        private final Execution execution;
        private QueryResultCache.Recording recording;

        Reply(HttpServletResponse response, Execution execution) {
            this.response = response;
            this.execution = execution;
        }

        OutputFormat format() {
            return execution.format();
        }

        OutputStream open() throws IOException {
            RdfOutput.startResponse(response, execution.format());
            OutputStream out = response.getOutputStream();
            if (execution.key().isEmpty()) {
                return out;
            }
            recording = cache.record(execution.key().get(), out);
            return recording;
        }

        /** The answer is complete: keep it, if it is to be kept. */
        void complete(long count) {
            if (recording != null) {
                recording.keep(count);
            }
        }
    }
}
