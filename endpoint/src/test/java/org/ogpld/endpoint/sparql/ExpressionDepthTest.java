package org.ogpld.endpoint.sparql;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.EndpointException;

class ExpressionDepthTest {

    private static String chain(int terms, String operator) {
        return IntStream.range(0, terms).mapToObj(i -> "?x = " + i).collect(Collectors.joining(" " + operator + " "));
    }

    @Test
    void aChainOfFiveThousandAndsIsRefusedInFiltersAndBinds() {
        // Patterns parse without recursion; in SELECT expressions ARQ's own parse overflows first (also a 400).
        String chain = chain(5000, "&&");
        for (String query : new String[] {"ASK { BIND(1 AS ?x) FILTER(" + chain + ") }",
            "SELECT ?x { BIND((" + chain + ") AS ?x) }"}) {
            assertThatThrownBy(() -> ExpressionDepth.check(QueryFactory.create(query)))
                    .isInstanceOf(EndpointException.class).hasMessageContaining("nested more than 1000");
        }
        assertThatThrownBy(() -> ExpressionDepth.check(UpdateFactory.create(
                "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o BIND(1 AS ?x) FILTER(" + chain(3000, "||") + ") }")))
                .isInstanceOf(EndpointException.class);
    }

    @Test
    void wideExpressionsAndChainsWithinTheLimitPass() {
        String in = IntStream.range(0, 10_000).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        assertThatCode(() -> ExpressionDepth.check(QueryFactory.create(
                "ASK { BIND(1 AS ?x) FILTER(?x IN (" + in + ") && (" + chain(900, "||") + ")) }")))
                .doesNotThrowAnyException();
    }
}
