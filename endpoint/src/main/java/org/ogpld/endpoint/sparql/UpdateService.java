package org.ogpld.endpoint.sparql;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.store.StoreWrites;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Runs a SPARQL update: check its size, validate under the update timeout (parse with the protocol's USING graphs,
 * bound the functions that can run away, refuse SERVICE and LOAD outside policy), then execute in one write
 * transaction that any error, or the timeout, aborts, so that a request applies wholly or not at all.
 */
@Service
class UpdateService {

    private final StoreWrites writes;
    private final FeatureGuard guard;
    private final Node defaultGraphWrites;
    private final ParseWorkers parsing;
    private final Duration timeout;
    private final DataSize maxSize;

    UpdateService(StoreWrites writes, FeatureGuard guard, ParseWorkers parsing,
            OgpldProperties properties) {
        this.writes = writes;
        this.guard = guard;
        this.parsing = parsing;
        this.defaultGraphWrites = NodeFactory.createURI(properties.defaultGraphWrites());
        this.timeout = properties.update().timeout();
        this.maxSize = properties.update().maxSize();
    }

    /** Size check, then under one deadline: parse (on a worker), execute, and commit only if still in time. */
    void execute(UpdateCall call) {
        long deadline = System.nanoTime() + timeout.toNanos();
        TextSize.check(call.update(), maxSize, "update", "ogpld.update.max-size");
        UpdateRequest redirected = parsing.within(() -> prepare(call), deadline, null, "The update");
        try {
            writes.write(() -> {
                long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
                UpdateExec.dataset(writes.target()).update(redirected)
                        .timeout(left, TimeUnit.MILLISECONDS).execute();
                if (System.nanoTime() > deadline) {
                    // Past the timeout the client has been told nothing or has given up: abort, never commit.
                    throw new QueryCancelledException();
                }
            });
        } catch (QueryCancelledException ex) {
            throw new EndpointException(HttpStatus.SERVICE_UNAVAILABLE, "Update cancelled: it ran past its timeout ("
                    + timeout.toSeconds() + " s, ogpld.update.timeout); nothing was changed");
        } catch (UpdateException | QueryException ex) {
            throw EndpointException.badRequest("Update failed: " + ex.getMessage());
        } catch (StackOverflowError ex) {
            throw EndpointException.badRequest("The update is nested too deeply to evaluate");
        }
    }

    private UpdateRequest prepare(UpdateCall call) {
        UpdateRequest request = parse(call);
        ExpressionDepth.check(request);
        try {
            UpdateRequest bounded = BoundedFunctions.bound(request);
            guard.checkUpdate(bounded);
            StorageGraphGuard.checkUpdate(bounded);
            UpdateIris.check(bounded);
            return DefaultGraphRedirect.apply(bounded, defaultGraphWrites);
        } catch (StackOverflowError ex) {
            throw EndpointException.badRequest("The update is nested too deeply to evaluate");
        }
    }

    private static UpdateRequest parse(UpdateCall call) {
        UsingList using = new UsingList();
        call.usingGraphs().forEach(iri -> using.addUsing(NodeFactory.createURI(iri)));
        call.usingNamedGraphs().forEach(iri -> using.addUsingNamed(NodeFactory.createURI(iri)));
        try {
            return UpdateFactory.read(using, new ByteArrayInputStream(call.update().getBytes(StandardCharsets.UTF_8)),
                    call.base(), Syntax.syntaxARQ);
        } catch (QueryException | UpdateException ex) {
            throw EndpointException.badRequest("Parse error: " + ex.getMessage());
        } catch (StackOverflowError ex) {
            throw EndpointException.badRequest("The update is nested too deeply to parse");
        }
    }

}
