package org.ogpld.bench.query;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnvBase;

/**
 * The order a query's {@code ORDER BY} asks for, and only that: rows that tie on its keys may come in any order
 * (Jena's {@code BindingComparator} also orders ties, which the query leaves free and other servers order otherwise).
 * Keys compare as ARQ compares them, unbound and error values first, as in SPARQL.
 *
 * @param conditions the sort conditions; none for a query without {@code ORDER BY}
 */
record SortOrder(List<SortCondition> conditions) {

    SortOrder {
        conditions = List.copyOf(conditions);
    }

    static SortOrder of(Query query) {
        return new SortOrder(query.hasOrderBy() ? query.getOrderBy() : List.of());
    }

    /** Whether {@code rows} come in an order the query allows. */
    boolean allows(List<Binding> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (compare(rows.get(i - 1), rows.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private int compare(Binding a, Binding b) {
        for (SortCondition condition : conditions) {
            NodeValue x = key(condition.getExpression(), a);
            NodeValue y = key(condition.getExpression(), b);
            int order = x == null ? (y == null ? 0 : -1) : y == null ? 1 : NodeValue.compareAlways(x, y);
            if (order != 0) {
                return condition.getDirection() == Query.ORDER_DESCENDING ? -order : order;
            }
        }
        return 0;
    }

    private static NodeValue key(Expr expression, Binding row) {
        try {
            return expression.eval(row, new FunctionEnvBase());
        } catch (ExprEvalException e) {
            return null;
        }
    }
}
