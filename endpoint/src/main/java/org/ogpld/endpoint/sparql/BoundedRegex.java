package org.ogpld.endpoint.sparql;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code REGEX(text, pattern[, flags])} as ARQ evaluates it (Java regular expressions, flags {@code i m s x q}),
 * matched through {@link CancellableText} so that a catastrophic pattern ends with the query's timeout.
 */
public class BoundedRegex extends FunctionBase {

    private final Patterns patterns = new Patterns("Regex");

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 2 && args.size() != 3) {
            throw new QueryBuildException("REGEX takes two or three arguments");
        }
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        return exec(args, null);
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = patterns.get(args.get(1), args.size() == 3 ? args.get(2) : null);
        return NodeValue.booleanReturn(pattern.matcher(new CancellableText(text, BoundedFunctions.cancelSignal(env)))
                .find());
    }

    /** The last pattern compiled, kept: in most queries the pattern and flags are constants. */
    static final class Patterns {
        private final String function;
        private String source;
        private String flags;
        private Pattern compiled;

        Patterns(String function) {
            this.function = function;
        }

        Pattern get(NodeValue patternValue, NodeValue flagsValue) {
            String newSource = simpleString(patternValue, "pattern");
            String newFlags = flagsValue == null ? null : simpleString(flagsValue, "flags");
            if (compiled == null || !newSource.equals(source) || !java.util.Objects.equals(newFlags, flags)) {
                compiled = RegexEngine.makePattern(function, newSource, newFlags);
                source = newSource;
                flags = newFlags;
            }
            return compiled;
        }

        private String simpleString(NodeValue value, String what) {
            if (!value.isString()) {
                throw new ExprEvalException(function + ": " + what + " is not a string: " + value);
            }
            return value.getString();
        }
    }
}
