package org.ogpld.bench.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;

class SortOrderTest {

    private static final SortOrder BY_COUNT_DESCENDING = SortOrder.of(QueryFactory.create(
            "SELECT ?area (COUNT(?c) AS ?n) WHERE { ?c ?p ?area } GROUP BY ?area ORDER BY DESC(?n)"));

    @Test
    void allowsRowsThatTieOnTheKeysInEitherOrder() {
        assertThat(BY_COUNT_DESCENDING.allows(List.of(row("b", 7), row("a", 5), row("c", 5)))).isTrue();
        assertThat(BY_COUNT_DESCENDING.allows(List.of(row("b", 7), row("c", 5), row("a", 5)))).isTrue();
    }

    @Test
    void refusesRowsOutOfTheQuerysOrder() {
        assertThat(BY_COUNT_DESCENDING.allows(List.of(row("a", 5), row("b", 7)))).isFalse();
    }

    @Test
    void sortsUnboundKeysFirstAndAllowsAnyOrderWithoutOrderBy() {
        SortOrder ascending = SortOrder.of(QueryFactory.create("SELECT * WHERE { ?a ?p ?n } ORDER BY ?n"));
        Binding unbound = BindingFactory.binding(Var.alloc("area"), NodeFactory.createURI("urn:x:z"));

        assertThat(ascending.allows(List.of(unbound, row("a", 1)))).isTrue();
        assertThat(ascending.allows(List.of(row("a", 1), unbound))).isFalse();
        assertThat(SortOrder.of(QueryFactory.create("SELECT * WHERE { ?a ?p ?n }"))
                .allows(List.of(row("a", 5), row("b", 7)))).isTrue();
    }

    private static Binding row(String area, int n) {
        return BindingFactory.binding(Var.alloc("area"), NodeFactory.createURI("urn:x:" + area), Var.alloc("n"),
                NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger));
    }
}
