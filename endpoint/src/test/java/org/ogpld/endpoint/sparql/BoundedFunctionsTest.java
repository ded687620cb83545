package org.ogpld.endpoint.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.TestProperties;

/** The bounded REGEX, REPLACE and CONCAT answer exactly as ARQ's built-ins on the cases where they differ most. */
class BoundedFunctionsTest {

    static {
        new BoundedFunctions(TestProperties.of("http://localhost:3030/", TestProperties.QUERY, TestProperties.UPDATE,
                TestProperties.NO_CREDENTIALS));
    }

    private static final List<String> EXPRESSIONS = List.of(
            "REGEX(\"Baku\", \"^ba\", \"i\")", "REGEX(\"a.b\", \".\", \"q\")", "REGEX(\"a\\nb\", \"a.b\", \"s\")",
            "REGEX(\"a\\nb\", \"^b$\", \"m\")", "REGEX(\"abc\", \"a b c\", \"x\")", "REGEX(\"Əli\"@az, \"əli\", \"i\")",
            "REGEX(<urn:a>, \"a\")",
            "REPLACE(\"abc\", \"b\", \"X\")", "REPLACE(\"abc\"@en, \"(b)\", \"[$1]\")",
            "REPLACE(\"abc\", \"x*\", \"-\")",
            "REPLACE(\"\", \".*\", \"x\")", "REPLACE(\"aBc\"^^xsd:string, \"b\", \"\", \"i\")",
            "REPLACE(\"abc\", \"z\", \"y\")",
            "CONCAT(\"a\"@en, \"b\"@en)", "CONCAT(\"a\"@en, \"b\"@fr)", "CONCAT(\"a\", \"b\"^^xsd:string)",
            "CONCAT()", "CONCAT(\"a\", 1)");

    private static String answer(Query query) {
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query(query).build()) {
            return ResultSetFormatter.asText(ResultSet.adapt(exec.select()));
        }
    }

    @Test
    void boundedFunctionsAnswerAsArqsBuiltIns() {
        for (String expression : EXPRESSIONS) {
            Query query = QueryFactory.create("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ("
                    + expression + " AS ?v) {}");
            String bounded = answer(BoundedFunctions.bound(query));
            assertThat(bounded).as(expression).isEqualTo(answer(query));
        }
    }

    @Test
    void functionsInsideExistsAndSubqueriesAreBoundedToo() {
        Query query = BoundedFunctions.bound(QueryFactory.create("SELECT * { FILTER EXISTS { FILTER(REGEX(\"a\", "
                + "\"a\")) } { SELECT (CONCAT(\"a\", \"b\") AS ?c) {} } }"));
        assertThat(query.toString()).doesNotContain("regex(").doesNotContain("concat(")
                .contains(BoundedFunctions.REGEX).contains(BoundedFunctions.CONCAT);
    }
}
