package org.ogpld.endpoint.sparql;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
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

/**
 * Runs a SPARQL update: validate (parse with the protocol's USING graphs, refuse SERVICE and LOAD outside policy),
 * then execute in one write transaction that any error aborts, so that a request applies wholly or not at all.
 */
@Service
class UpdateService {

    private final Dataset dataset;
    private final StoreWrites writes;
    private final FeatureGuard guard;
    private final Node defaultGraphWrites;
    private final Duration timeout;

    UpdateService(Dataset dataset, StoreWrites writes, FeatureGuard guard, OgpldProperties properties) {
        this.dataset = dataset;
        this.writes = writes;
        this.guard = guard;
        this.defaultGraphWrites = NodeFactory.createURI(properties.defaultGraphWrites());
        this.timeout = properties.update().timeout();
    }

    void execute(UpdateCall call) {
        UpdateRequest request = parse(call);
        guard.checkUpdate(request);
        UpdateIris.check(request);
        UpdateRequest redirected = DefaultGraphRedirect.apply(request, defaultGraphWrites);
        try {
            writes.write(() -> UpdateExec.dataset(dataset.asDatasetGraph()).update(redirected)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).execute());
        } catch (QueryCancelledException ex) {
            throw new EndpointException(HttpStatus.SERVICE_UNAVAILABLE, "Update cancelled: it ran past its timeout ("
                    + timeout.toSeconds() + " s, ogpld.update.timeout); nothing was changed");
        } catch (UpdateException | QueryException ex) {
            throw EndpointException.badRequest("Update failed: " + ex.getMessage());
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
