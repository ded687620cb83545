package org.ogpld.endpoint.sparql;

import java.util.List;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code CONCAT}, refused before it builds a string longer than {@code ogpld.query.max-string-length}:
 * doubling a string 28 times takes a 916-byte query and would otherwise fill the heap.
 */
public class BoundedConcat extends FunctionBase {

    @Override
    public void checkBuild(String uri, ExprList args) {
        // Any number of arguments, as CONCAT.
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        return exec(args, null);
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        long length = 0;
        for (NodeValue arg : args) {
            length += NodeValueOps.checkAndGetStringLiteral("CONCAT", arg).getLiteralLexicalForm().length();
        }
        BoundedFunctions.checkLength(length, env, "CONCAT");
        return XSDFuncOp.strConcat(args);
    }

    /** {@code fn:concat}, which casts its arguments to strings. */
    public static class Casting extends BoundedConcat {
        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            long length = 0;
            for (NodeValue arg : args) {
                length += arg.asString().length();
            }
            BoundedFunctions.checkLength(length, env, "fn:concat");
            return XSDFuncOp.fnConcat(args);
        }
    }
}
