package org.ogpld.endpoint.sparql;

import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.StrUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.aggregate.AggregatorBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.ExprUtils;

/**
 * SPARQL {@code GROUP_CONCAT}, refused before it builds a string longer than {@code ogpld.query.max-string-length}:
 * over a cross product of the store with itself it would otherwise grow until the heap is full, long before the
 * query's timeout.
 */
final class BoundedGroupConcat extends AggregatorBase {

    private static final String DEFAULT_SEPARATOR = " ";

    private final String separator;
    /** ARQ's answer for an empty group: {@code ""}, but nothing for {@code DISTINCT}; kept as ARQ has it. */
    private final Node valueEmpty;

    private BoundedGroupConcat(boolean distinct, Expr expr, String separator, Node valueEmpty) {
        super("GROUP_CONCAT", distinct, expr);
        this.separator = separator;
        this.valueEmpty = valueEmpty;
    }

    /** Replaces, in place, each {@code GROUP_CONCAT} among a query's aggregators by the bounded one. */
    static void bound(List<ExprAggregator> aggregators) {
        aggregators.replaceAll(aggregator -> {
            Aggregator bounded = bounded(aggregator.getAggregator());
            return bounded == aggregator.getAggregator() ? aggregator
                    : new ExprAggregator(aggregator.getVar(), bounded);
        });
    }

    private static Aggregator bounded(Aggregator aggregator) {
        if (aggregator instanceof AggGroupConcat concat) {
            return new BoundedGroupConcat(false, concat.getExprList().get(0), separator(concat.getSeparator()),
                    concat.getValueEmpty());
        }
        if (aggregator instanceof AggGroupConcatDistinct concat) {
            return new BoundedGroupConcat(true, concat.getExprList().get(0), separator(concat.getSeparator()),
                    concat.getValueEmpty());
        }
        return aggregator;
    }

    private static String separator(String declared) {
        return Objects.requireNonNullElse(declared, DEFAULT_SEPARATOR);
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return new BoundedGroupConcat(isDistinct, exprs.get(0), separator, valueEmpty);
    }

    @Override
    public Accumulator createAccumulator() {
        return new Concatenation(getExpr(), isDistinct, separator);
    }

    @Override
    public Node getValueEmpty() {
        return valueEmpty;
    }

    @Override
    public String asSparqlExpr(SerializationContext context) {
        IndentedLineBuffer out = new IndentedLineBuffer();
        out.append("GROUP_CONCAT(").append(isDistinct ? "DISTINCT " : "");
        ExprUtils.fmtSPARQL(out, getExpr(), context);
        out.append(" ; SEPARATOR=\"").append(StrUtils.escapeString(separator)).append("\")");
        return out.asString();
    }

    @Override
    public int hashCode() {
        return Objects.hash(HC_AggGroupConcat, isDistinct, exprList, separator);
    }

    @Override
    public boolean equals(Aggregator other, boolean bySyntax) {
        return other instanceof BoundedGroupConcat concat && concat.isDistinct == isDistinct
                && concat.separator.equals(separator) && concat.getExpr().equals(getExpr(), bySyntax);
    }

    /** The string so far, checked against the bound before each value is added. */
    private static final class Concatenation extends AccumulatorExpr {
        private final StringBuilder text = new StringBuilder();
        private final String separator;
        private boolean first = true;

        Concatenation(Expr expr, boolean distinct, String separator) {
            super(expr, distinct);
            this.separator = separator;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String string = value.asString();
            long length = (long) text.length() + (first ? 0 : separator.length()) + string.length();
            BoundedFunctions.checkLength(length, env, "GROUP_CONCAT");
            if (!first) {
                text.append(separator);
            }
            text.append(string);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
            // As GROUP_CONCAT: a value that fails to evaluate is left out.
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
