package org.ogpld.endpoint.sparql;

import java.util.List;
import java.util.regex.Matcher;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code REPLACE(text, pattern, replacement[, flags])} as ARQ evaluates it (one replacement of an empty match,
 * the result keeping the text's language or datatype), matched through {@link CancellableText} and refused when
 * the result would pass {@code ogpld.query.max-string-length}.
 */
public class BoundedReplace extends FunctionBase {

    private final BoundedRegex.Patterns patterns = new BoundedRegex.Patterns("Replace");

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 3 && args.size() != 4) {
            throw new QueryBuildException("REPLACE takes three or four arguments");
        }
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        return exec(args, null);
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Matcher matcher = patterns.get(args.get(1), args.size() == 4 ? args.get(3) : null)
                .matcher(new CancellableText(text.getLiteralLexicalForm(), BoundedFunctions.cancelSignal(env)));
        StringBuilder result = null;
        while (matcher.find()) {
            if (result == null) {
                result = new StringBuilder();
            } else if (matcher.start() == matcher.end()) {
                continue;
            }
            matcher.appendReplacement(result, replacement);
            BoundedFunctions.checkLength(result.length(), env, "REPLACE");
        }
        if (result == null) {
            return args.get(0);
        }
        matcher.appendTail(result);
        BoundedFunctions.checkLength(result.length(), env, "REPLACE");
        return NodeValue.makeNode(NodeFactory.createLiteral(result.toString(), text.getLiteralLanguage(),
                text.getLiteralDatatype()));
    }
}
