package org.ogpld.bench.process;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the programs under test are: our {@code ogpld.jar}, the stock Fuseki jar and the jena-cmds class path that
 * the build put beside the harness jar.
 *
 * @param ogpldJar  {@code endpoint/target/ogpld.jar}
 * @param fusekiJar {@code bench/target/baseline/jena-fuseki-server-5.6.0.jar}
 * @param lib       {@code bench/target/lib}, which holds jena-cmds and its dependencies
 */
public record Tools(Path ogpldJar, Path fusekiJar, Path lib) {

    /**
     * The tools found relative to the harness jar ({@code bench/target/ogpld-bench.jar}); an {@code ogpld.jar}
     * beside the harness jar (a copy staged so that rebuilding cannot change a running measurement) comes first.
     */
    public static Tools beside(Path benchTarget) {
        Path staged = benchTarget.resolve("ogpld.jar");
        Path repo = benchTarget.toAbsolutePath().getParent().getParent();
        return new Tools(Files.exists(staged) ? staged : repo.resolve("endpoint/target/ogpld.jar"),
                benchTarget.resolve("baseline/jena-fuseki-server-5.6.0.jar"), benchTarget.resolve("lib"));
    }

    /** The folder the harness jar (or its classes) was loaded from. */
    public static Path harnessTarget() {
        try {
            Path location = Path.of(Tools.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks that every program is there, naming what is missing and how to build it. */
    public Tools check() {
        for (Path p : List.of(ogpldJar, fusekiJar, lib)) {
            if (!Files.exists(p)) {
                throw new IllegalStateException(p + " is missing: build with"
                        + " `mvn -B -q -pl bench -am package -DskipTests` from the repository root");
            }
        }
        return this;
    }

    /** The class path of jena-cmds: every jar in {@link #lib()}. */
    public String jenaCmdsClasspath() {
        return lib.resolve("*").toString();
    }
}
