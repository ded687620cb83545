package org.ogpld.endpoint.sparql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.ogpld.endpoint.EndpointException;

/**
 * Refuses expressions nested deeper than {@value #MAX} operators (5,000 chained {@code &&}, say) before anything
 * walks them: ARQ's rewriting, checking and evaluation recurse once per level, and whether the stack then overflows
 * depends on the thread and on what the JIT has compiled, so the same query would answer sometimes 200, sometimes
 * 400. Measured here without recursion.
 */
final class ExpressionDepth {

    static final int MAX = 1000;

    private ExpressionDepth() {
    }

    static void check(Query query) {
        List<Expr> expressions = new ArrayList<>(query.getProject().getExprs().values());
        if (query.hasGroupBy()) {
            expressions.addAll(query.getGroupBy().getExprs().values());
        }
        if (query.hasHaving()) {
            expressions.addAll(query.getHavingExprs());
        }
        if (query.hasOrderBy()) {
            query.getOrderBy().stream().map(SortCondition::getExpression).forEach(expressions::add);
        }
        if (query.getQueryPattern() != null) {
            collect(query.getQueryPattern(), expressions);
        }
        expressions.forEach(ExpressionDepth::check);
    }

    static void check(UpdateRequest request) {
        List<Expr> expressions = new ArrayList<>();
        for (Update operation : request.getOperations()) {
            if (operation instanceof UpdateModify modify && modify.getWherePattern() != null) {
                collect(modify.getWherePattern(), expressions);
            }
        }
        expressions.forEach(ExpressionDepth::check);
    }

    private static void collect(Element pattern, List<Expr> expressions) {
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementFilter filter) {
                expressions.add(filter.getExpr());
            }

            @Override
            public void visit(ElementBind bind) {
                expressions.add(bind.getExpr());
            }
        });
    }

    private static void check(Expr expression) {
        record Level(Expr expr, int depth) {}
        Deque<Level> todo = new ArrayDeque<>();
        todo.push(new Level(expression, 1));
        while (!todo.isEmpty()) {
            Level level = todo.pop();
            if (level.depth() > MAX) {
                throw EndpointException.badRequest("An expression is nested more than " + MAX
                        + " operators deep (a long chain of && or ||, say); write it with IN or VALUES instead");
            }
            if (level.expr() instanceof ExprFunction function) {
                function.getArgs().forEach(arg -> todo.push(new Level(arg, level.depth() + 1)));
            }
        }
    }
}
