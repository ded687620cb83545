package org.ogpld.endpoint.sparql;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses, before execution, what would make a request reach the network or the file system: {@code SERVICE}
 * (unless {@code ogpld.query.allow-service}), {@code LOAD <http...>} (unless {@code ogpld.update.allow-remote-load})
 * and {@code LOAD <file:...>} outside {@code ogpld.update.load-folder}.
 */
@Component
class FeatureGuard {

    private final OgpldProperties.Query query;
    private final OgpldProperties.Update update;

    FeatureGuard(OgpldProperties properties) {
        this.query = properties.query();
        this.update = properties.update();
    }

    void checkQuery(Query parsed) {
        if (parsed.getQueryPattern() != null) {
            checkPattern(parsed.getQueryPattern());
        }
    }

    void checkUpdate(UpdateRequest request) {
        for (Update operation : request.getOperations()) {
            if (operation instanceof UpdateModify modify && modify.getWherePattern() != null) {
                checkPattern(modify.getWherePattern());
            } else if (operation instanceof UpdateLoad load) {
                checkLoad(load.getSource());
            }
        }
    }

    private void checkPattern(Element pattern) {
        if (!query.allowService() && usesService(pattern)) {
            throw EndpointException.badRequest("SERVICE (federated query) is disabled on this endpoint "
                    + "(ogpld.query.allow-service)");
        }
    }

    static boolean usesService(Element pattern) {
        ServiceFinder finder = new ServiceFinder();
        ElementWalker.walk(pattern, finder);
        return finder.found;
    }

    private void checkLoad(String source) {
        URI uri = URI.create(source);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            if (!update.allowRemoteLoad()) {
                throw EndpointException.badRequest("LOAD from the network is disabled on this endpoint "
                        + "(ogpld.update.allow-remote-load): " + source);
            }
        } else if (scheme.equals("file")) {
            checkLocalFile(uri, source);
        } else {
            throw EndpointException.badRequest("LOAD supports only file: and http(s): IRIs: " + source);
        }
    }

    private void checkLocalFile(URI uri, String source) {
        if (update.loadFolder() == null) {
            throw EndpointException.badRequest("LOAD of local files is disabled on this endpoint "
                    + "(set ogpld.update.load-folder): " + source);
        }
        try {
            Path folder = update.loadFolder().toRealPath();
            Path file = Path.of(uri).toRealPath();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                throw EndpointException.badRequest("LOAD may only read files inside " + folder + ": " + source);
            }
        } catch (IOException | IllegalArgumentException ex) {
            throw EndpointException.badRequest("LOAD cannot read " + source + ": " + ex.getMessage());
        }
    }

    /** Finds SERVICE anywhere: nested groups, subqueries, and EXISTS inside FILTER or BIND expressions. */
    private static final class ServiceFinder extends ElementVisitorBase {
        private boolean found;

        @Override
        public void visit(ElementService el) {
            found = true;
        }

        @Override
        public void visit(ElementSubQuery el) {
            if (el.getQuery().getQueryPattern() != null && usesService(el.getQuery().getQueryPattern())) {
                found = true;
            }
        }

        @Override
        public void visit(ElementFilter el) {
            inspect(el.getExpr());
        }

        @Override
        public void visit(ElementBind el) {
            inspect(el.getExpr());
        }

        private void inspect(Expr expr) {
            Walker.walk(expr, new ExprVisitorBase() {
                @Override
                public void visit(ExprFunctionOp funcOp) {
                    if (funcOp.getElement() != null && usesService(funcOp.getElement())) {
                        found = true;
                    }
                }
            });
        }
    }
}
