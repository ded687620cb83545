package org.ogpld.endpoint.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
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
import org.ogpld.endpoint.RequestFacts;
import org.springframework.stereotype.Service;

/**
 * Runs a SPARQL query: validate (parse, refuse SERVICE, negotiate the format, settle the timeout, take a permit),
 * then execute in a read transaction, writing the results straight to the response as they come.
 */
@Service
class QueryService {

    private final Dataset dataset;
    private final FeatureGuard guard;
    private final QueryLimiter limiter;
    private final Duration maxTimeout;

    QueryService(Dataset dataset, FeatureGuard guard, QueryLimiter limiter, OgpldProperties properties) {
        this.dataset = dataset;
        this.guard = guard;
        this.limiter = limiter;
        this.maxTimeout = properties.query().timeout();
    }

    void execute(QueryRequest request, HttpServletRequest http, HttpServletResponse response) {
        RequestFacts.operation(http, "query");
        RequestFacts.queryText(http, request.query());
        Query query = parse(request);
        guard.checkQuery(query);
        DatasetDescription description = datasetDescription(query, request);
        OutputFormat format = negotiation(query).choose(request.accept(), request.format());
        long timeoutMillis = effectiveTimeout(request.timeout()).toMillis();
        try (QueryLimiter.Permit permit = limiter.acquire()) {
            Txn.executeRead(dataset, () -> run(query, description, format, timeoutMillis, http, response));
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

    private void run(Query query, DatasetDescription description, OutputFormat format, long timeoutMillis,
            HttpServletRequest http, HttpServletResponse response) {
        DatasetGraph target = description == null ? dataset.asDatasetGraph()
                : DynamicDatasets.dynamicDataset(description, dataset.asDatasetGraph(), false);
        try (QueryExec exec = QueryExec.dataset(target).query(query)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            long rows = write(exec, query, format, response);
            RequestFacts.rows(http, rows);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static long write(QueryExec exec, Query query, OutputFormat format, HttpServletResponse response)
            throws IOException {
        PrefixMap prefixes = Prefixes.adapt(query.getPrefixMapping());
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            rows.hasNext(); // first results (or a timeout) before the status is sent
            CountingRowSet counted = new CountingRowSet(rows);
            ResultsWriter.create().lang(format.lang()).build().write(start(response, format), counted);
            return counted.count();
        }
        if (query.isAskType()) {
            boolean answer = exec.ask();
            ResultsWriter.create().lang(format.lang()).build().write(start(response, format), answer);
            return 1;
        }
        if (query.isConstructType() && format.quads()) {
            var quads = exec.constructQuads();
            quads.hasNext();
            return RdfOutput.quads(start(response, format), format, quads, prefixes);
        }
        var triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
        triples.hasNext();
        return RdfOutput.triples(start(response, format), format, triples, prefixes);
    }

    private static OutputStream start(HttpServletResponse response, OutputFormat format) throws IOException {
        RdfOutput.startResponse(response, format);
        return response.getOutputStream();
    }
}
