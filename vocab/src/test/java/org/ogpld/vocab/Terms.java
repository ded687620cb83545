package org.ogpld.vocab;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;

/** The terms we may use: ours, as the ontology declares them, and the reused ones we rely on. */
final class Terms {

    /** Our hand-written constant classes for reused namespaces: the list of reused terms we rely on. */
    static final Set<Class<?>> OUR_REUSED_NAMESPACE_CLASSES =
            Set.of(CV.class, PERSON.class, LOCN.class, PROV.class, PPLAN.class, QB.class, HYDRA.class,
                    SCHEMA.class, VANN.class, TIME.class);

    /** Jena's vocabulary classes, whose terms come from the published ontologies. */
    static final Set<Class<?>> JENA_NAMESPACE_CLASSES =
            Set.of(ORG.class, FOAF.class, SKOS.class, DCTerms.class, DCAT.class, VOID.class, RDF.class,
                    RDFS.class, OWL.class);

    private Terms() {
    }

    /** Java field name to IRI, for every public static Resource or Property constant of a class. */
    static Map<String, String> constants(Class<?> type) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource value = (Resource) read(field);
                if (value != null && value.isURIResource()) {
                    constants.put(field.getName(), value.getURI());
                }
            }
        }
        return constants;
    }

    /** IRIs of the terms the ontology defines (everything with rdfs:isDefinedBy our ontology). */
    static Set<String> declaredOgpTerms() {
        Model ontology = Vocab.ontology();
        Set<String> terms = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDFS.isDefinedBy, ontology.createResource(OGP.ONTOLOGY))
                .forEach(term -> terms.add(term.getURI()));
        return terms;
    }

    /** Every term we may use: ours, plus the reused namespaces' constants (excluding namespace resources). */
    static Set<String> usable() {
        Set<String> terms = new TreeSet<>(declaredOgpTerms());
        for (Class<?> type : OUR_REUSED_NAMESPACE_CLASSES) {
            terms.addAll(termsOf(type));
        }
        for (Class<?> type : JENA_NAMESPACE_CLASSES) {
            terms.addAll(termsOf(type));
        }
        return terms;
    }

    static Set<String> termsOf(Class<?> type) {
        Set<String> terms = new TreeSet<>(constants(type).values());
        terms.removeIf(iri -> iri.endsWith("#") || iri.endsWith("/"));
        return terms;
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
