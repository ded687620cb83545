package org.ogpld.endpoint.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the catalogue says about licences: each source graph's distribution carries exactly the licence the graph
 * states of itself, and the store as a whole (the dataset, the full dumps) carries a licence only when every graph
 * states that same one. Otherwise it says, in a rights statement, that terms differ per graph: a dump that mixes a
 * CC BY graph with a press release of unknown terms is not CC BY.
 */
final class LicenceStatements {

    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private LicenceStatements() {}

    /** States on {@code resource} what holds for the whole store. */
    static void forWholeStore(Resource resource, Map<String, List<String>> licences) {
        Set<String> distinct = licences.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        boolean oneForAll = !licences.isEmpty() && distinct.size() == 1
                && licences.values().stream().allMatch(l -> l.size() == 1);
        if (oneForAll) {
            resource.addProperty(DCTerms.license, resource.getModel().createResource(distinct.iterator().next()));
        } else {
            resource.addProperty(DCTerms.rights, rights(resource.getModel(), "The source graphs of this store carry "
                    + "different terms (or state none): each graph's own distribution states the licence its source "
                    + "carries."));
        }
    }

    /** A distribution per named graph, read through the Graph Store Protocol, with the graph's own licence. */
    static void graphDistributions(Model m, String server, Resource dataset, Map<String, List<String>> licences) {
        licences.forEach((graph, ofGraph) -> {
            String access = server + "ogp/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
            Resource distribution = m.createResource(server + "catalog#graph-"
                    + graph.replaceAll("^https?://", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""))
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, "Source graph " + graph + ", Turtle", "en")
                    .addProperty(DCTerms.source, m.createResource(graph))
                    .addProperty(DCAT.accessURL, m.createResource(access))
                    .addProperty(DCAT.downloadURL, m.createResource(access))
                    .addProperty(DCAT.mediaType, m.createResource(IANA + "text/turtle"));
            ofGraph.forEach(licence -> distribution.addProperty(DCTerms.license, m.createResource(licence)));
            if (ofGraph.isEmpty()) {
                distribution.addProperty(DCTerms.rights, rights(m, "The graph states no licence."));
            }
            dataset.addProperty(DCAT.distribution, distribution);
        });
    }

    private static Resource rights(Model m, String text) {
        return m.createResource().addProperty(RDF.type, DCTerms.RightsStatement).addProperty(RDFS.label, text, "en");
    }
}
