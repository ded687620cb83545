package org.ogpld.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeParsingTest {

    private static final String BASE = "http://base.example/doc";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            N-Triples ~ <urn:ex:s> <urn:ex:p> "0" .\\n<http://a{b}/> <urn:ex:p> "1" . ~ Bad IRI <http://a{b}/> ~ line: 2, col: 1
            N-Triples ~ <a> <urn:ex:p> "1" . ~ Bad IRI <a>: relative ~ line: 1, col: 1
            N-Triples ~ <urn:ex:s> <urn:ex:p> <http://ex.org/\\u0000> . ~ Bad IRI <http://ex.org/\\u0000> ~ (U+0000)
            N-Triples ~ <urn:ex:s> <urn:ex:p> <http://ex.org/\\u0020x> . ~ Bad IRI <http://ex.org/\\u0020x> ~ line: 1, col: 23
            N-Triples ~ <urn:ex:s> <urn:ex:p> "1"^^<http://ex.org/t|y> . ~ Bad IRI <http://ex.org/t|y> ~ Bad character in IRI path
            N-Quads ~ <urn:ex:s> <urn:ex:p> "1" <http://a|b/> . ~ Bad IRI <http://a|b/> ~ line: 1, col: 27
            N-Quads ~ <urn:ex:s> <urn:ex:p> "1" <g> . ~ Bad IRI <g>: relative ~ line: 1, col: 27
            Turtle ~ @prefix e: <http://ex.org/> .\\ne:s e:p <http://ex.org/%zz> . ~ Bad IRI <http://ex.org/%zz> ~ line: 2, col: 9
            Turtle ~ <urn:ex:s> <urn:ex:p> <http://ex.org/a^b> . ~ Bad IRI <http://ex.org/a^b> ~ line: 1, col: 23
            Turtle ~ @prefix e: <http://a{b}/> . ~ Bad IRI <http://a{b}/> ~ line: 1
            Turtle ~ @base <http://a{b}/> .\\n<s> <urn:ex:p> 1 . ~ Bad IRI <http://a{b}/> ~ Bad IRI
            Turtle ~ <urn:ex:s> <urn:ex:p> <http:///a> . ~ Bad IRI <http:///a> ~ do not allow the host to be empty
            TriG ~ <http://a{b}/> { <urn:ex:s> <urn:ex:p> 1 } ~ Bad IRI <http://a{b}/> ~ line: 1, col: 1
            JSON-LD ~ {"@id": "http://a{b}/", "urn:ex:p": 1} ~ Bad IRI <http://a{b}/> ~ Bad IRI
            JSON-LD ~ {"@id": "urn:ex:s", "http://ex.org/p|q": 1} ~ Bad IRI <http://ex.org/p|q> ~ Bad IRI
            RDF/XML ~ <rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\\n<rdf:Description rdf:about='http://ex.org/a|b'/></rdf:RDF> ~ <http://ex.org/a|b> Code: 4/UNWISE_CHARACTER ~ line: 2
            """)
    void illegalIrisAreErrorsNamingTheIriAndWhere(String language, String document, String message, String where) {
        Lang lang = RDFLanguages.nameToLang(language);
        assertThatThrownBy(() -> parse(lang, unescape(document)))
                .isInstanceOf(RiotException.class)
                .hasMessageContaining(message)
                .hasMessageContaining(where);
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:a", "urn:isbn:0451450523", "tag:example.org,2024:x", "mailto:a@b.org",
            "http://example.org/ə", "http://bakı.az/Mətbuat?q=ş#ğ", "http://example.org/ns#Ünvan", "http://[::1]/x",
            "http://ex.org/%C6%8F", "urn:x-ogp:q?\uE000",
            "urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6"})
    void legalButUnusualIrisAreKeptAsWritten(String iri) {
        for (Lang lang : new Lang[] {Lang.NTRIPLES, Lang.TURTLE}) {
            DatasetGraph stored = parse(lang, "<" + iri + "> <urn:ex:p> <" + iri + "> .");
            assertThat(iris(stored)).as(lang.getName()).containsExactlyInAnyOrder(iri, "urn:ex:p");
        }
        assertThat(iris(parse(Lang.JSONLD, "{\"@id\": \"" + iri + "\", \"urn:ex:p\": {\"@id\": \"" + iri + "\"}}")))
                .containsExactlyInAnyOrder(iri, "urn:ex:p");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Turtle", "JSON-LD"})
    void relativeIrisResolveAgainstTheBase(String language) {
        String document = language.equals("Turtle") ? "<s> <urn:ex:p> <o> ."
                : "{\"@id\": \"s\", \"urn:ex:p\": {\"@id\": \"o\"}}";
        assertThat(iris(parse(RDFLanguages.nameToLang(language), document)))
                .containsExactlyInAnyOrder("http://base.example/s", "urn:ex:p", "http://base.example/o");
    }

    private static DatasetGraph parse(Lang lang, String document) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        if (lang.equals(Lang.RDFXML)) {
            SafeParsing.parse(lang, BASE, new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                    StreamRDFLib.dataset(dataset));
        } else {
            SafeParsing.parse(lang, BASE, new StringReader(document), StreamRDFLib.dataset(dataset));
        }
        return dataset;
    }

    private static Set<String> iris(DatasetGraph dataset) {
        return dataset.stream().flatMap(q -> Stream.of(q.getSubject(), q.getPredicate(), q.getObject()))
                .filter(Node::isURI).map(Node::getURI).collect(Collectors.toSet());
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }
}
