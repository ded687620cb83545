package org.ogpld.endpoint.changes;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** The terms of LDES, TREE and Activity Streams the event stream uses. */
final class FeedTerms {

    static final String LDES = "https://w3id.org/ldes#";
    static final String TREE = "https://w3id.org/tree#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String AS = "https://www.w3.org/ns/activitystreams#";

    static final Node EventStream = uri(LDES, "EventStream");
    static final Node timestampPath = uri(LDES, "timestampPath");
    static final Node versionOfPath = uri(LDES, "versionOfPath");
    static final Node versionDeletePath = uri(LDES, "versionDeletePath");
    static final Node versionDeleteObject = uri(LDES, "versionDeleteObject");
    static final Node immutable = uri(LDES, "immutable");
    static final Node retentionPolicy = uri(LDES, "retentionPolicy");
    static final Node startingFrom = uri(LDES, "startingFrom");
    static final Node Node = uri(TREE, "Node");
    static final Node view = uri(TREE, "view");
    static final Node member = uri(TREE, "member");
    static final Node relation = uri(TREE, "relation");
    static final Node GreaterThanOrEqualToRelation = uri(TREE, "GreaterThanOrEqualToRelation");
    static final Node GreaterThanRelation = uri(TREE, "GreaterThanRelation");
    static final Node path = uri(TREE, "path");
    static final Node value = uri(TREE, "value");
    static final Node node = uri(TREE, "node");
    static final Node generatedAtTime = uri(PROV, "generatedAtTime");
    static final Node Delete = uri(AS, "Delete");
    static final Node isVersionOf = DCTerms.isVersionOf.asNode();
    static final Node type = RDF.type.asNode();
    static final Node dataDump = NodeFactory.createURI("http://rdfs.org/ns/void#dataDump");
    static final Node inDataset = NodeFactory.createURI("http://rdfs.org/ns/void#inDataset");
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** The type of a version of a whole named graph ({@link GraphVersions}). */
    static final Node NamedGraph = uri(SD, "NamedGraph");

    private FeedTerms() {
    }

    static PrefixMap prefixes() {
        PrefixMap prefixes = PrefixMapFactory.create();
        prefixes.add("ldes", LDES);
        prefixes.add("tree", TREE);
        prefixes.add("prov", PROV);
        prefixes.add("as", AS);
        prefixes.add("dct", DCTerms.NS);
        prefixes.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        prefixes.add("void", "http://rdfs.org/ns/void#");
        prefixes.add("sd", SD);
        return prefixes;
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }
}
