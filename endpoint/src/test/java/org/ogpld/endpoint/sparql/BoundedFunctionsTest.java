package org.ogpld.endpoint.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.TestProperties;

/**
 * The bounded REGEX, REPLACE, CONCAT and GROUP_CONCAT answer exactly as ARQ's built-ins on the cases where they
 * differ most.
 */
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
    void boundedGroupConcatAnswersAsArqs() {
        String values = "VALUES (?g ?v) { (1 \"b\") (1 \"a\"@en) (1 <urn:x>) (1 \"a\"@en) (1 3) (2 \"ə\") (2 UNDEF) }";
        for (String aggregate : List.of("GROUP_CONCAT(?v)", "GROUP_CONCAT(DISTINCT ?v)",
                "GROUP_CONCAT(?v ; SEPARATOR=\", \")", "GROUP_CONCAT(DISTINCT STR(?v) ; SEPARATOR=\"|\")",
                "GROUP_CONCAT(1/0)")) {
            for (String text : List.of("SELECT ?g (" + aggregate + " AS ?c) { " + values + " } GROUP BY ?g ORDER BY ?g",
                    "SELECT (" + aggregate + " AS ?c) { " + values + " FILTER(false) }",
                    "SELECT * { { SELECT ?g (" + aggregate + " AS ?c) { " + values + " } GROUP BY ?g } } ORDER BY ?g",
                    "SELECT ?g { " + values + " } GROUP BY ?g HAVING (STRLEN(" + aggregate + ") > 3)")) {
                Query query = QueryFactory.create(text);
                Query bounded = BoundedFunctions.bound(query);
                assertThat(answer(bounded)).as(text).isEqualTo(answer(query));
                assertThat(QueryFactory.create(bounded.toString()).toString()).as("reparsed").isEqualTo(
                        query.toString());
            }
        }
    }

    @Test
    void groupConcatPastTheStringLimitIsRefused() {
        Query query = BoundedFunctions.bound(QueryFactory.create("SELECT (GROUP_CONCAT(?v) AS ?c) { VALUES ?x { "
                + "1 2 3 4 5 6 7 8 9 10 } VALUES ?y { 1 2 3 4 5 6 7 8 9 10 } BIND(\"" + "a".repeat(40_000)
                + "\" AS ?v) }"));
        assertThatThrownBy(() -> answer(query)).isInstanceOf(EndpointException.class)
                .hasMessageContaining("GROUP_CONCAT").hasMessageContaining("ogpld.query.max-string-length");
    }

    @Test
    void queriesAndUpdatesWithoutThoseFunctionsAreLeftAsTheyAre() {
        for (String text : List.of(
                "PREFIX ex: <urn:ex:> BASE <http://b/> SELECT DISTINCT ?s (COUNT(?o) AS ?n) FROM <urn:g> FROM NAMED "
                        + "<urn:h> { ?s ex:p ?o OPTIONAL { ?o <r> ?x } MINUS { ?s ex:q 1 } } GROUP BY ?s "
                        + "HAVING (COUNT(?o) > 1) ORDER BY DESC(?n) LIMIT 5 OFFSET 2 VALUES ?s { <urn:a> }",
                "CONSTRUCT { ?s <urn:p> ?o } FROM <urn:g> WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRLEN(?o) > 2) }",
                "DESCRIBE <urn:a> ?s { ?s ?p <urn:a> }", "ASK FROM NAMED <urn:g> { GRAPH <urn:g> { ?s ?p ?o } }")) {
            Query query = QueryFactory.create(text);
            assertThat(BoundedFunctions.bound(query).toString()).isEqualTo(query.toString());
        }
        for (String text : List.of("WITH <urn:w> DELETE { ?s ?p ?o } INSERT { ?s ?p 2 } USING <urn:u> "
                + "USING NAMED <urn:n> WHERE { ?s ?p ?o FILTER(REGEX(?o, \"a\")) }",
                "LOAD <file:///x> INTO GRAPH <urn:g>",
                "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"c\" } } ; DELETE WHERE { ?s ?p ?o }")) {
            String bounded = BoundedFunctions.bound(UpdateFactory.create(text)).toString();
            assertThat(bounded.replace("<" + BoundedFunctions.REGEX + ">", "regex"))
                    .isEqualTo(UpdateFactory.create(text).toString());
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
