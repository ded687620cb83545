package org.ogpld.endpoint.catalog;

import java.util.Calendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.ogpld.endpoint.ld.ResourceIndex;
import org.ogpld.model.jsonld.JsonLdPrefixes;
import org.ogpld.vocab.HYDRA;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.Vocab;

/**
 * The publication described for catalogues and crawlers, in VoID and DCAT (DCAT-AP's mandatory and recommended
 * properties): a {@code dcat:Catalog} with the {@code dcat:Dataset}/{@code void:Dataset}, its distributions (the
 * dumps and the harvest API), the SPARQL and harvest {@code dcat:DataService}s, counts, vocabularies, class and
 * property partitions and link sets. Built from {@link Statistics}. What the description is about (the catalogue,
 * the dataset, its link sets) is named under the data's base, the same on every server holding the data; what a
 * client reaches (endpoints, access and download URLs, the landing page, dumps) is this server's public URL.
 */
final class CatalogDescription {

    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    private CatalogDescription() {}

    /**
     * The description.
     *
     * @param server this server's public URL, ending in {@code /}
     * @param base the data IRIs' base
     */
    static Model of(String server, String base, Statistics.Counts counts, ResourceIndex.Snapshot index,
            Calendar modified) {
        Model m = ModelFactory.createDefaultModel();
        Resource dataset = dataset(m, server, base, counts, index, modified);
        Resource sparql = m.createResource(server + "ogp/sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "OGP-LD SPARQL 1.1 endpoint", "en")
                .addProperty(DCAT.endpointURL, m.createResource(server + "ogp/sparql"))
                .addProperty(DCAT.endpointDescription, m.createResource(server + "ogp/sparql"))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, dataset);
        Resource harvest = m.createResource(server + "harvest")
                .addProperty(RDF.type, DCAT.DataService).addProperty(RDF.type, HYDRA.Collection)
                .addProperty(DCTerms.title, "OGP-LD harvest API: paged JSON-LD (Hydra)", "en")
                .addProperty(DCAT.endpointURL, m.createResource(server + "harvest"))
                .addProperty(DCTerms.conformsTo, m.createResource(HYDRA.NS))
                .addProperty(DCAT.servesDataset, dataset);
        distributions(m, server, dataset, harvest, counts);
        m.createResource(base + "catalog")
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "OGP-LD catalogue", "en").addProperty(DCTerms.title, "OGP-LD kataloqu", "az")
                .addProperty(DCTerms.description, "The Open Government Partnership Linked Data this server publishes.",
                        "en")
                .addProperty(FOAF.homepage, m.createResource(server))
                .addLiteral(DCTerms.modified, m.createTypedLiteral(modified))
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, sparql)
                .addProperty(DCAT.service, harvest);
        // Jena's JSON-LD writer makes its context of these prefixes: none may turn a graph name into another IRI.
        m.setNsPrefixes(JsonLdPrefixes.readingAsThemselves(m.getGraph(), Vocab.prefixes()));
        return m;
    }

    private static Resource dataset(Model m, String server, String base, Statistics.Counts counts,
            ResourceIndex.Snapshot index, Calendar modified) {
        Resource dataset = m.createResource(base + "catalog#dataset")
                .addProperty(RDF.type, DCAT.Dataset).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "Open Government Partnership Linked Data", "en")
                .addProperty(DCTerms.title, "Açıq Hökumət Tərəfdaşlığı üzrə əlaqəli məlumatlar", "az")
                .addProperty(DCTerms.description, "Events, organisations, people, posts, national action plans, "
                        + "commitments with IRM assessments and monitoring studies of the Open Government "
                        + "Partnership, as Linked Data.", "en")
                .addProperty(DCAT.landingPage, m.createResource(server))
                .addProperty(DCTerms.language, m.createResource(LANGUAGE + "AZE"))
                .addProperty(DCTerms.language, m.createResource(LANGUAGE + "ENG"))
                .addProperty(DCTerms.conformsTo, m.createResource(OGP.NS.substring(0, OGP.NS.length() - 1)))
                .addLiteral(DCTerms.modified, m.createTypedLiteral(modified))
                .addProperty(VOID.uriSpace, base + "id/")
                .addProperty(VOID.sparqlEndpoint, m.createResource(server + "ogp/sparql"))
                .addProperty(VOID.dataDump, m.createResource(server + "dump/ogp.nq.gz"))
                .addProperty(VOID.rootResource, m.createResource(server + "harvest"))
                .addLiteral(VOID.triples, counts.triples())
                .addLiteral(VOID.distinctSubjects, counts.subjects())
                .addLiteral(VOID.entities, (long) index.all().size())
                .addLiteral(VOID.classes, (long) counts.classes().size())
                .addLiteral(VOID.properties, (long) counts.properties().size());
        LicenceStatements.forWholeStore(dataset, counts.licences());
        index.byKind().values().stream().filter(list -> !list.isEmpty()).findFirst()
                .ifPresent(list -> dataset.addProperty(VOID.exampleResource, m.createResource(list.get(0))));
        vocabularies(counts).forEach(ns -> dataset.addProperty(VOID.vocabulary, m.createResource(ns)));
        counts.classes().forEach((type, n) -> dataset.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, m.createResource(type)).addLiteral(VOID.entities, n.longValue())));
        counts.properties().forEach((property, n) -> dataset.addProperty(VOID.propertyPartition, m.createResource()
                .addProperty(VOID.property, m.createResource(property)).addLiteral(VOID.triples, n.longValue())));
        counts.linkSets().forEach((target, byProperty) -> linkSet(m, base, dataset, target, byProperty));
        counts.linksetGraphs().forEach(graph -> linksetGraph(m, dataset, graph));
        return dataset;
    }

    /**
     * A graph of links between the store's sources, as a {@code void:Linkset} named by the graph; its targets are
     * the source graphs when all its links join one pair, otherwise each pair is a subset of its own.
     */
    private static void linksetGraph(Model m, Resource dataset, LinksetGraph graph) {
        Resource linkset = m.createResource(graph.graph()).addProperty(RDF.type, VOID.Linkset)
                .addLiteral(VOID.triples, graph.triples());
        graph.byPredicate().keySet().forEach(p -> linkset.addProperty(VOID.linkPredicate, m.createResource(p)));
        if (graph.pairs().size() == 1) {
            targets(m, linkset, graph.pairs().get(0));
        } else {
            for (LinksetGraph.Pair pair : graph.pairs()) {
                pair.byPredicate().forEach((predicate, n) -> linkset.addProperty(VOID.subset, targets(m,
                        m.createResource().addProperty(RDF.type, VOID.Linkset)
                                .addProperty(VOID.linkPredicate, m.createResource(predicate))
                                .addLiteral(VOID.triples, n.longValue()), pair)));
            }
        }
        dataset.addProperty(VOID.subset, linkset);
    }

    private static Resource targets(Model m, Resource linkset, LinksetGraph.Pair pair) {
        return linkset.addProperty(VOID.subjectsTarget, m.createResource(pair.subjects()))
                .addProperty(VOID.objectsTarget, m.createResource(pair.objects()));
    }

    private static void linkSet(Model m, String base, Resource dataset, String target, Map<String, Long> byProperty) {
        String name = target.replaceAll("^https?://", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
        Resource linkSet = m.createResource(base + "catalog#links-" + name)
                .addProperty(RDF.type, VOID.Linkset)
                .addProperty(VOID.subjectsTarget, dataset)
                .addProperty(VOID.objectsTarget, m.createResource(base + "catalog#target-" + name)
                        .addProperty(RDF.type, VOID.Dataset).addProperty(VOID.uriSpace, target))
                .addLiteral(VOID.triples, byProperty.values().stream().mapToLong(Long::longValue).sum());
        byProperty.keySet().forEach(p -> linkSet.addProperty(VOID.linkPredicate, m.createResource(p)));
        dataset.addProperty(VOID.subset, linkSet);
    }

    private static void distributions(Model m, String server, Resource dataset, Resource harvest,
            Statistics.Counts counts) {
        dataset.addProperty(DCAT.distribution, m.createResource(server + "dump/ogp.nq.gz")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "Full dump, N-Quads, gzip", "en")
                .addProperty(DCAT.downloadURL, m.createResource(server + "dump/ogp.nq.gz"))
                .addProperty(DCAT.accessURL, m.createResource(server + "dump/ogp.nq.gz"))
                .addProperty(DCAT.mediaType, m.createResource(IANA + "application/n-quads"))
                .addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"))
                .addProperty(DCTerms.format, m.createResource(FILE_TYPE + "RDF_N_QUADS")));
        dataset.addProperty(DCAT.distribution, m.createResource(server + "dump/ogp.jsonld")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "Full dump, JSON-LD", "en")
                .addProperty(DCAT.downloadURL, m.createResource(server + "dump/ogp.jsonld"))
                .addProperty(DCAT.accessURL, m.createResource(server + "dump/ogp.jsonld"))
                .addProperty(DCAT.mediaType, m.createResource(IANA + "application/ld+json"))
                .addProperty(DCTerms.format, m.createResource(FILE_TYPE + "JSON_LD")));
        dataset.addProperty(DCAT.distribution, m.createResource(server + "catalog#harvest-api")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "Harvest API, paged JSON-LD", "en")
                .addProperty(DCAT.accessURL, harvest)
                .addProperty(DCAT.accessService, harvest)
                .addProperty(DCAT.mediaType, m.createResource(IANA + "application/ld+json")));
        m.listSubjectsWithProperty(RDF.type, DCAT.Distribution).toList()
                .forEach(d -> LicenceStatements.forWholeStore(d, counts.licences()));
        LicenceStatements.graphDistributions(m, server, dataset, counts.licences());
    }

    private static java.util.Set<String> vocabularies(Statistics.Counts counts) {
        java.util.Set<String> namespaces = new java.util.TreeSet<>();
        java.util.stream.Stream.concat(counts.classes().keySet().stream(), counts.properties().keySet().stream())
                .forEach(term -> {
                    int cut = Math.max(term.lastIndexOf('#'), term.lastIndexOf('/'));
                    if (cut > 0) {
                        namespaces.add(term.substring(0, cut + 1));
                    }
                });
        return namespaces;
    }

    static Calendar calendar(long epochMillis) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(epochMillis);
        return calendar;
    }
}
