package org.ogpld.endpoint.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.FSDirectory;

/**
 * The text index of a store: which statements it holds (literals of the naming, describing and identifying
 * properties, one Lucene document per statement, with its subject, graph and language), where it lives (the
 * {@value #FOLDER} folder inside the TDB2 folder, so that it moves, is backed up and removed with the store), and
 * how it is rebuilt from the store. Used by the server and by {@code ogpld reindex}, without Spring.
 */
public final class TextIndexes {

    /** The index's folder inside the store's folder. */
    public static final String FOLDER = "text-index";
    /** The marker beside the index that says it may lag the store: the next start (or reindex) rebuilds it. */
    public static final String STALE_MARKER = FOLDER + ".pending";
    /** The Lucene field every indexed property goes to. */
    static final String FIELD = "text";

    /** The properties whose literals are indexed. */
    public static final List<Node> PROPERTIES = List.of(
            uri("http://www.w3.org/2004/02/skos/core#prefLabel"), uri("http://www.w3.org/2004/02/skos/core#altLabel"),
            uri("http://www.w3.org/2004/02/skos/core#notation"), uri("http://www.w3.org/2000/01/rdf-schema#label"),
            uri("https://schema.org/name"), uri("https://schema.org/alternateName"),
            uri("https://schema.org/description"), uri("http://xmlns.com/foaf/0.1/name"),
            uri("http://xmlns.com/foaf/0.1/givenName"), uri("http://xmlns.com/foaf/0.1/familyName"),
            uri("http://purl.org/dc/terms/title"), uri("http://purl.org/dc/terms/description"),
            uri("http://purl.org/dc/terms/identifier"));

    private TextIndexes() {}

    /** Which statements become documents, and their fields. */
    public static EntityDefinition definition() {
        EntityDefinition definition = new EntityDefinition("uri", FIELD);
        PROPERTIES.forEach(p -> definition.set(FIELD, p));
        definition.setGraphField("graph");
        definition.setLangField("lang");
        // Documents are deleted by a hash of their statement; without it, deleted statements stay findable.
        definition.setUidField("uid");
        return definition;
    }

    /** Opens (creating it if need be) the text index of the store in {@code storeFolder}. */
    public static TextIndexLucene open(Path storeFolder) {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setAnalyzer(new FoldingAnalyzer());
        config.setQueryAnalyzer(new FoldingAnalyzer());
        try {
            return new TextIndexLucene(FSDirectory.open(storeFolder.resolve(FOLDER)), config);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot open the text index in " + storeFolder.resolve(FOLDER), ex);
        }
    }

    /**
     * Empties {@code index} and fills it again from {@code store}, then commits; the caller holds a read
     * transaction on the store. Until the commit, searches see the index as it was. Returns the documents made.
     */
    public static long rebuild(DatasetGraph store, TextIndexLucene index) {
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot empty the text index", ex);
        }
        EntityDefinition definition = index.getDocDef();
        long[] documents = {0};
        IndexedStatements.forEach(store, PROPERTIES, quad -> {
            Entity entity = TextQueryFuncs.entityFromQuad(definition, quad.getGraph(), quad.getSubject(),
                    quad.getPredicate(), quad.getObject());
            if (entity != null) {
                index.addEntity(entity);
                documents[0]++;
            }
        });
        index.commit();
        return documents[0];
    }

    /**
     * Marks the index of the store in {@code storeFolder} as lagging the store, for writers that bypass it (the bulk
     * loader of {@code ogpld load}); the server rebuilds it when it next starts.
     */
    public static void markStale(Path storeFolder) {
        try {
            java.nio.file.Files.write(storeFolder.resolve(STALE_MARKER), new byte[0]);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot mark the text index of " + storeFolder + " for rebuilding", ex);
        }
    }

    /** Whether the index holds no document. */
    static boolean isEmpty(TextIndexLucene index) {
        return index.getIndexWriter().getDocStats().numDocs == 0;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
