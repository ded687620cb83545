package org.ogpld.vocab.doc;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.OGPCode;
import org.ogpld.vocab.QB;

/**
 * The term and code tables of the vocabulary's README, rendered as Markdown from the ontology and the code lists,
 * so that the README cannot fall behind the Turtle. Each table sits between a {@code <!-- BEGIN name -->} and an
 * {@code <!-- END name -->} line; {@link #refresh} replaces what is between them and leaves the prose around them.
 */
public final class ReadmeTables {

    /** The kinds of term in the order the terms table lists them; anything else comes last. */
    private static final List<Resource> KINDS = List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            QB.DataStructureDefinition);
    private static final Map<Resource, String> KIND_NAMES = Map.of(OWL.Class, "class", OWL.ObjectProperty,
            "object property", OWL.DatatypeProperty, "datatype property", QB.DataStructureDefinition, "structure");

    private final Model ontology;
    private final Model codes;
    private final PrefixMapping prefixes;

    private ReadmeTables(Model ontology, Model codes, PrefixMapping prefixes) {
        this.ontology = ontology;
        this.codes = codes;
        this.prefixes = prefixes;
    }

    /** {@code readme} with its {@code terms} and {@code code-lists} blocks rendered afresh from the models. */
    public static String refresh(String readme, Model ontology, Model codes, PrefixMapping prefixes) {
        ReadmeTables tables = new ReadmeTables(ontology, codes, prefixes);
        return replaceBlock(replaceBlock(readme, "terms", tables.terms()), "code-lists", tables.codeLists());
    }

    static String replaceBlock(String readme, String name, String content) {
        String begin = "<!-- BEGIN " + name + ": generated from the Turtle by " + ReadmeTables.class.getName()
                + "; edit the Turtle, not this block -->\n";
        String end = "<!-- END " + name + " -->";
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("README has no block \"" + begin.strip() + "\" … \"" + end + "\"");
        }
        return readme.substring(0, from + begin.length()) + content + readme.substring(to);
    }

    private String terms() {
        StringBuilder out = new StringBuilder("\n| term | kind | label (en · az) | domain | range | alignment |\n"
                + "|---|---|---|---|---|---|\n");
        ontology.listSubjects().toList().stream()
                .filter(term -> term.isURIResource() && term.getURI().startsWith(OGP.NS))
                .sorted(Comparator.comparingInt(this::kindRank).thenComparing(Resource::getLocalName))
                .forEach(term -> out.append(row("`" + shortForm(term) + "`", kind(term), labels(term, RDFS.label),
                        references(term, RDFS.domain, " ∪ "), references(term, RDFS.range, " ∪ "), alignment(term))));
        return out.append('\n').toString();
    }

    private int kindRank(Resource term) {
        return KINDS.stream().filter(kind -> term.hasProperty(RDF.type, kind)).findFirst().map(KINDS::indexOf)
                .orElse(KINDS.size());
    }

    /** The term's main kind, with the types beyond OWL's (Data Cube's component kinds) in brackets. */
    private String kind(Resource term) {
        String main = KINDS.stream().filter(kind -> term.hasProperty(RDF.type, kind)).findFirst()
                .map(KIND_NAMES::get).orElse("individual");
        String others = term.listProperties(RDF.type).mapWith(Statement::getResource).toList().stream()
                .filter(type -> !KINDS.contains(type) && !type.getURI().startsWith(OWL.NS))
                .map(this::shortForm).sorted().collect(Collectors.joining(", "));
        return others.isEmpty() ? main : main + " (" + others + ")";
    }

    private String alignment(Resource term) {
        String broader = List.of(RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty)
                .stream().flatMap(p -> term.listProperties(p).mapWith(Statement::getObject).toList().stream())
                .map(this::reference).sorted().collect(Collectors.joining(", "));
        String inverse = term.listProperties(OWL.inverseOf).mapWith(s -> "inverse of " + reference(s.getObject()))
                .toList().stream().sorted().collect(Collectors.joining(", "));
        String both = (broader + " " + inverse).strip();
        return both.isEmpty() ? "–" : both;
    }

    private String references(Resource subject, org.apache.jena.rdf.model.Property property, String union) {
        List<String> values = subject.listProperties(property).mapWith(Statement::getObject).toList().stream()
                .map(node -> reference(node, union)).sorted().toList();
        return values.isEmpty() ? "–" : String.join(", ", values);
    }

    private String reference(RDFNode node) {
        return reference(node, " ∪ ");
    }

    private String reference(RDFNode node, String union) {
        if (node.isAnon() && node.asResource().hasProperty(OWL.unionOf)) {
            return node.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class).asJavaList().stream()
                    .map(this::reference).sorted().collect(Collectors.joining(union));
        }
        return node.isURIResource() ? shortForm(node.asResource()) : node.toString();
    }

    private String codeLists() {
        StringBuilder out = new StringBuilder();
        codes.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).forEach(scheme -> codeList(out, scheme));
        return out.append('\n').toString();
    }

    private void codeList(StringBuilder out, Resource scheme) {
        String name = scheme.getURI().substring(OGPCode.NS.length());
        out.append("\n### `").append(name).append("`: ").append(labels(scheme, SKOS.prefLabel)).append("\n\n`")
                .append(scheme.getURI()).append("/{code}`. ")
                .append(cell(TermRenderer.text(scheme, SKOS.definition, "en"))).append("\n\n");
        List<Resource> tops = concepts(scheme, SKOS.topConceptOf);
        boolean scored = codes.listSubjectsWithProperty(SKOS.inScheme, scheme)
                .filterKeep(concept -> concept.hasProperty(score())).hasNext();
        out.append(scored ? "| code | notation | English | Azərbaycanca | score |\n|---|---|---|---|---|\n"
                : "| code | notation | English | Azərbaycanca |\n|---|---|---|---|\n");
        for (Resource top : tops) {
            out.append(conceptRow(top, "", scored));
            concepts(top, SKOS.broader).forEach(narrower -> out.append(conceptRow(narrower, "↳ ", scored)));
        }
    }

    /** Concepts pointing at {@code object} with {@code property}, by score where they have one, then by code. */
    private List<Resource> concepts(Resource object, org.apache.jena.rdf.model.Property property) {
        return codes.listSubjectsWithProperty(property, object).toList().stream()
                .sorted(Comparator.comparingInt((Resource c) -> c.hasProperty(score())
                        ? c.getProperty(score()).getInt() : Integer.MAX_VALUE).thenComparing(ReadmeTables::code))
                .toList();
    }

    private String conceptRow(Resource concept, String indent, boolean scored) {
        String notations = concept.listProperties(SKOS.notation).mapWith(s -> "`" + s.getString() + "`").toList()
                .stream().sorted().collect(Collectors.joining(", "));
        String en = TermRenderer.text(concept, SKOS.prefLabel, "en");
        String az = TermRenderer.text(concept, SKOS.prefLabel, "az");
        String code = indent + "`" + code(concept) + "`";
        if (!scored) {
            return row(code, notations, en, az);
        }
        Statement score = concept.getProperty(score());
        return row(code, notations, en, az, score == null ? "–" : score.getLiteral().getLexicalForm());
    }

    private org.apache.jena.rdf.model.Property score() {
        return codes.createProperty(OGP.score.getURI());
    }

    private static String code(Resource concept) {
        return concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1);
    }

    private static String labels(Resource subject, org.apache.jena.rdf.model.Property property) {
        return TermRenderer.text(subject, property, "en") + " · " + TermRenderer.text(subject, property, "az");
    }

    private String shortForm(Resource resource) {
        return prefixes.shortForm(resource.getURI());
    }

    private static String row(String... cells) {
        return "| " + java.util.Arrays.stream(cells).map(ReadmeTables::cell).collect(Collectors.joining(" | "))
                + " |\n";
    }

    /** Text as it can stand in one Markdown table cell or line. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
