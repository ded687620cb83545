package org.ogpld.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reads the vocabulary's classpath resources, naming the resource in every failure. */
final class VocabResources {

    static final String BASE = "/org/ogpld/vocab/";

    private VocabResources() {
    }

    static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + BASE + name, e);
        }
    }

    static Graph turtle(String name) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(text(name), Lang.TURTLE).base(OGP.ONTOLOGY).parse(graph);
        } catch (RiotException e) {
            throw new IllegalStateException("Classpath resource " + BASE + name + " is not valid Turtle: "
                    + e.getMessage(), e);
        }
        return graph;
    }

    static InputStream open(String name) {
        InputStream in = VocabResources.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + BASE + name
                    + (name.endsWith(".html") ? " (it is generated in the process-classes phase of the vocab build)" : ""));
        }
        return in;
    }
}
