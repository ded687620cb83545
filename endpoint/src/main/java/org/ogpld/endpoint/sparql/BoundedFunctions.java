package org.ogpld.endpoint.sparql;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.springframework.stereotype.Component;

/**
 * Replaces, in every query and update a client sends, the functions that can run long or grow without end on one
 * value with bounded versions: {@code REGEX} and {@code REPLACE} (and {@code fn:matches}, {@code fn:replace}) match
 * through {@link CancellableText}, so that the query's timeout stops them; {@code CONCAT} (and {@code fn:concat})
 * and {@code REPLACE} refuse to build a string longer than {@code ogpld.query.max-string-length}.
 */
@Component
public class BoundedFunctions {

    static final String NS = "urn:ogpld:fn:";
    static final String REGEX = NS + "regex";
    static final String REPLACE = NS + "replace";
    static final String CONCAT = NS + "concat";

    private static final String XPATH = "http://www.w3.org/2005/xpath-functions#";
    private static final Symbol MAX_STRING = Symbol.create(NS + "maxStringLength");
    private static final AtomicBoolean NEVER = new AtomicBoolean();
    private static final ExprTransformCopy TRANSFORM = new ExprTransformCopy() {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
                return new E_Function(REGEX, args);
            }
            if (func instanceof E_StrReplace) {
                return new E_Function(REPLACE, args);
            }
            if (func instanceof E_StrConcat) {
                return new E_Function(CONCAT, args);
            }
            return super.transform(func, args);
        }
    };

    BoundedFunctions(OgpldProperties properties) {
        ARQ.getContext().set(MAX_STRING, properties.query().maxStringLength());
        FunctionRegistry registry = FunctionRegistry.get();
        registry.put(REGEX, BoundedRegex.class);
        registry.put(XPATH + "matches", BoundedRegex.class);
        registry.put(REPLACE, BoundedReplace.class);
        registry.put(XPATH + "replace", BoundedReplace.class);
        registry.put(CONCAT, BoundedConcat.class);
        registry.put(XPATH + "concat", BoundedConcat.Casting.class);
    }

    /** The query with its unbounded built-in functions replaced by the bounded ones. */
    static Query bound(Query query) {
        Query bounded = QueryTransformOps.transform(query, new ElementTransformCopyBase(), TRANSFORM);
        boundAggregators(bounded);
        return bounded;
    }

    /** {@code GROUP_CONCAT} bounded in {@code query} and each of its subqueries, in place. */
    private static void boundAggregators(Query query) {
        BoundedGroupConcat.bound(query.getAggregators());
        if (query.getQueryPattern() != null) {
            boundSubqueries(query.getQueryPattern());
        }
    }

    private static void boundSubqueries(Element pattern) {
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery subquery) {
                boundAggregators(subquery.getQuery());
            }
        });
    }

    /**
     * The update with its unbounded built-in functions replaced by the bounded ones, in place: only {@code WHERE}
     * patterns hold expressions ({@code UpdateTransformOps} would also drop {@code WITH} and {@code USING}).
     */
    static UpdateRequest bound(UpdateRequest request) {
        for (Update operation : request.getOperations()) {
            if (operation instanceof UpdateModify modify && modify.getWherePattern() != null) {
                modify.setElement(ElementTransformer.transform(modify.getWherePattern(),
                        new ElementTransformCopyBase(), TRANSFORM));
                boundSubqueries(modify.getWherePattern());
            }
        }
        return request;
    }

    /** The running query's cancel signal, set by its timeout; a signal never set when there is none. */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
        return signal == null ? NEVER : signal;
    }

    /** Refuses a string value of {@code length} characters when it passes the configured bound. */
    static void checkLength(long length, FunctionEnv env, String function) {
        Context context = env == null ? ARQ.getContext() : env.getContext();
        long max = context.getLong(MAX_STRING, Long.MAX_VALUE);
        if (length > max) {
            throw EndpointException.badRequest(function + " would build a string of " + length
                    + " characters; the limit is " + max + " (ogpld.query.max-string-length)");
        }
    }
}
