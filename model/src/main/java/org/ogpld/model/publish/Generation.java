package org.ogpld.model.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.ogpld.vocab.OGP;
import org.ogpld.vocab.PROV;

/**
 * Stamps a generated source graph with when ({@code prov:generatedAtTime}) and by which software and version
 * ({@code ogp:generatedWith}) it was made, so that every graph in a store says how it got there.
 */
final class Generation {

    /** The library's version, from the build. */
    static final String VERSION = version();

    private final Clock clock;

    Generation(Clock clock) {
        this.clock = clock;
    }

    /** Adds the stamp to {@code graph} in {@code model}, unless the graph already carries a generation time. */
    void stamp(Model model, String graph) {
        Resource g = model.createResource(graph);
        if (g.hasProperty(PROV.generatedAtTime)) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        g.addProperty(PROV.generatedAtTime, model.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime));
        g.addProperty(OGP.generatedWith, "OGP-LD " + VERSION);
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = Generation.class.getResourceAsStream("/org/ogpld/model/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
