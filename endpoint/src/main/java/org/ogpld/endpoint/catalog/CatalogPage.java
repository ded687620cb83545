package org.ogpld.endpoint.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * What the catalogue page shows, read from the very description {@code /catalog} serves as RDF: the dataset and its
 * counts, its distributions with their licences, the data services, and the classes with how many resources each.
 *
 * @param title the dataset's title in the visitor's language
 * @param triples statements in the store
 * @param subjects distinct subjects
 * @param entities resources of the publication
 * @param licence the store's one licence, or the rights statement saying terms differ per graph
 * @param distributions the distributions, dumps first
 * @param services the data services (SPARQL, harvest)
 * @param classes classes by number of resources, largest first
 */
record CatalogPage(String title, long triples, long subjects, long entities, String licence,
        List<Entry> distributions, List<Entry> services, List<Entry> classes) {

    /**
     * One row.
     *
     * @param title its title (or IRI)
     * @param href where it is reached
     * @param detail a media type, licence or count
     */
    record Entry(String title, String href, String detail) {}

    static CatalogPage of(Model description, String language) {
        Resource dataset = description.listSubjectsWithProperty(RDF.type, DCAT.Dataset)
                .filterKeep(r -> r.hasProperty(RDF.type, VOID.Dataset) && r.hasProperty(VOID.triples)).next();
        return new CatalogPage(text(dataset, DCTerms.title, language), number(dataset, VOID.triples),
                number(dataset, VOID.distinctSubjects), number(dataset, VOID.entities), licence(dataset),
                dataset.listProperties(DCAT.distribution).mapWith(Statement::getResource)
                        .mapWith(d -> new Entry(text(d, DCTerms.title, language), link(d), licence(d)))
                        .toList().stream().sorted(Comparator.comparing(Entry::title)).toList(),
                description.listSubjectsWithProperty(RDF.type, DCAT.DataService)
                        .mapWith(s -> new Entry(text(s, DCTerms.title, language),
                                Optional.ofNullable(s.getPropertyResourceValue(DCAT.endpointURL))
                                        .map(Resource::getURI).orElse(s.getURI()), null)).toList(),
                dataset.listProperties(VOID.classPartition).mapWith(Statement::getResource)
                        .mapWith(p -> new Entry(p.getPropertyResourceValue(VOID._class).getURI(), null,
                                String.valueOf(number(p, VOID.entities)))).toList().stream()
                        .sorted(Comparator.comparing((Entry e) -> Long.parseLong(e.detail())).reversed()).toList());
    }

    private static String link(Resource distribution) {
        Resource url = Optional.ofNullable(distribution.getPropertyResourceValue(DCAT.downloadURL))
                .orElse(distribution.getPropertyResourceValue(DCAT.accessURL));
        return url == null ? null : url.getURI();
    }

    private static String licence(Resource resource) {
        Resource licence = resource.getPropertyResourceValue(DCTerms.license);
        if (licence != null) {
            return licence.getURI();
        }
        Resource rights = resource.getPropertyResourceValue(DCTerms.rights);
        return rights == null ? null : rights.getProperty(RDFS.label).getString();
    }

    private static long number(Resource resource, Property property) {
        Statement statement = resource.getProperty(property);
        return statement == null ? 0 : statement.getLong();
    }

    private static String text(Resource resource, Property property, String language) {
        List<Literal> texts = resource.listProperties(property).mapWith(Statement::getObject)
                .filterKeep(RDFNode::isLiteral).mapWith(RDFNode::asLiteral).toList();
        return texts.stream().filter(t -> t.getLanguage().equals(language)).findFirst()
                .or(() -> texts.stream().findFirst()).map(Literal::getString).orElse(resource.getURI());
    }
}
