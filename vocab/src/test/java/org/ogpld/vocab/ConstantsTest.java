package org.ogpld.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.eclipse.rdf4j.model.IRI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConstantsTest {

    private static final Path SHARED = Path.of(System.getProperty("ogpld.shared", "../../shared"), "data");

    @Test
    void everyOgpConstantIsDeclaredByTheOntologyUnderItsLocalName() {
        Set<String> declared = Terms.declaredOgpTerms();
        Map<String, String> constants = Terms.constants(OGP.class);
        constants.remove("NAMESPACE");

        assertThat(constants).allSatisfy((name, iri) -> {
            assertThat(iri).isEqualTo(OGP.NS + name);
            assertThat(declared).contains(iri);
        });
    }

    @Test
    void everyTermTheOntologyDeclaresHasAnOgpConstant() {
        Set<String> constants = new TreeSet<>(Terms.constants(OGP.class).values());

        assertThat(Terms.declaredOgpTerms()).isNotEmpty().allSatisfy(iri -> assertThat(constants).contains(iri));
    }

    @Test
    void ogpPropertiesAreJenaPropertiesAndClassesAreResources() {
        Model ontology = Vocab.ontology();
        for (Field field : OGP.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getName().equals("NAMESPACE")) {
                continue;
            }
            var term = ontology.createResource(OGP.NS + field.getName());
            boolean isProperty = term.hasProperty(RDF.type, OWL.ObjectProperty)
                    || term.hasProperty(RDF.type, OWL.DatatypeProperty);
            if (Property.class.isAssignableFrom(field.getType()) || isProperty) {
                assertThat(field.getType()).as(field.getName()).isEqualTo(Property.class);
                assertThat(isProperty).as(field.getName()).isTrue();
            }
        }
    }

    @Test
    void ogpCodeConstantsAreExactlyTheConceptSchemes() {
        Model codes = Vocab.codeLists();
        Set<String> schemes = new TreeSet<>();
        codes.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEach(s -> schemes.add(s.getURI()));

        Map<String, String> constants = Terms.constants(OGPCode.class);
        assertThat(new TreeSet<>(constants.values())).isEqualTo(schemes);
        assertThat(constants).allSatisfy((name, iri) -> assertThat(iri).isEqualTo(OGPCode.NS + kebab(name)));
    }

    @ParameterizedTest
    @MethodSource("namespaceClasses")
    void reusedNamespaceConstantsFollowTheJenaShape(Class<?> type) throws ReflectiveOperationException {
        String ns = (String) type.getField("NS").get(null);
        assertThat(type.getMethod("getURI").invoke(null)).isEqualTo(ns);
        assertThat(Modifier.isFinal(type.getModifiers())).isTrue();
        assertThat(type.getDeclaredConstructors()).allSatisfy(c -> assertThat(Modifier.isPrivate(c.getModifiers())).isTrue());
        assertThat(Terms.constants(type)).allSatisfy((name, iri) ->
                assertThat(iri).isEqualTo(name.equals("NAMESPACE") ? ns : ns + name));
    }

    @Test
    void provLocnHydraTimeAndVannConstantsExistInRdf4jsVocabularies() {
        assertThat(Terms.termsOf(PROV.class)).isSubsetOf(rdf4jTerms(org.eclipse.rdf4j.model.vocabulary.PROV.class));
        assertThat(Terms.termsOf(LOCN.class)).isSubsetOf(rdf4jTerms(org.eclipse.rdf4j.model.vocabulary.LOCN.class));
        assertThat(Terms.termsOf(HYDRA.class)).isSubsetOf(rdf4jTerms(org.eclipse.rdf4j.model.vocabulary.HYDRA.class));
        assertThat(Terms.termsOf(TIME.class)).isSubsetOf(rdf4jTerms(org.eclipse.rdf4j.model.vocabulary.TIME.class));
        assertThat(Terms.termsOf(VANN.class)).isSubsetOf(rdf4jTerms(org.eclipse.rdf4j.model.vocabulary.VANN.class));
    }

    @Test
    void cpevAndLocnConstantsAppearInTheSemicVocabulariesAndShapes() throws IOException {
        Set<String> semic = quotedOrBracketedIris(SHARED.resolve("semic"));

        assertThat(Terms.termsOf(CV.class)).isSubsetOf(semic);
        assertThat(Terms.termsOf(LOCN.class)).isSubsetOf(semic);
    }

    @Test
    void personConstantsAppearInThePopoloContexts() throws IOException {
        assertThat(Terms.termsOf(PERSON.class)).isSubsetOf(quotedOrBracketedIris(SHARED.resolve("popolo")));
    }

    @Test
    void schemaConstantsAreSchemaOrgTermsInTheCanonicalHttpsNamespace() {
        Set<String> schemaDo = new TreeSet<>(Terms.constants(SchemaDO.class).values());

        assertThat(SCHEMA.NS).isEqualTo("https://schema.org/");
        assertThat(Terms.termsOf(SCHEMA.class)).isNotEmpty().isSubsetOf(schemaDo)
                .allSatisfy(iri -> assertThat(iri).startsWith("https://schema.org/"));
    }

    static Stream<Arguments> namespaceClasses() {
        return Stream.concat(Terms.OUR_REUSED_NAMESPACE_CLASSES.stream(), Stream.of(OGP.class))
                .map(Arguments::of);
    }

    private static Set<String> rdf4jTerms(Class<?> type) {
        Set<String> terms = new TreeSet<>();
        for (Field field : type.getFields()) {
            if (IRI.class.isAssignableFrom(field.getType())) {
                try {
                    terms.add(((IRI) field.get(null)).stringValue());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return terms;
    }

    private static Set<String> quotedOrBracketedIris(Path folder) throws IOException {
        Pattern iri = Pattern.compile("[<\"](https?://[^>\"\\s]+)[>\"]");
        Set<String> iris = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = iri.matcher(Files.readString(file));
                while (m.find()) {
                    iris.add(m.group(1));
                }
            }
        }
        return iris;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }
}
