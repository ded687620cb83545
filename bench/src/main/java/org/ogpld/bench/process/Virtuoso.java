package org.ogpld.bench.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An installed OpenLink Virtuoso: its server program {@code virtuoso-t} and its SQL client. Debian's
 * {@code virtuoso-opensource} package names the client {@code isql-vt} (older packages {@code isql-v}); OpenLink's
 * own builds put an {@code isql} beside the server. The harness installs nothing: without Virtuoso, the benchmarks
 * run without it.
 *
 * @param server the {@code virtuoso-t} executable
 * @param isql   its SQL command-line client
 */
public record Virtuoso(Path server, Path isql) {

    private static final String SERVER = "virtuoso-t";
    /** Only beside the server is a plain {@code isql} Virtuoso's: on the PATH it may be unixODBC's. */
    private static final List<String> CLIENTS_BESIDE = List.of("isql-vt", "isql-v", "isql");
    private static final List<String> CLIENTS_ON_PATH = List.of("isql-vt", "isql-v");

    /**
     * Finds Virtuoso: {@code explicit} (the {@code --virtuoso} option: the server executable or its folder) if given,
     * else {@code virtuoso-t} on {@code searchPath} (a PATH value); empty if there is none.
     *
     * @throws IllegalArgumentException if {@code explicit} names no Virtuoso, or if the server has no SQL client
     */
    public static Optional<Virtuoso> find(Path explicit, String searchPath) {
        List<Path> folders = folders(searchPath);
        Optional<Path> server = explicit != null ? Optional.of(explicitServer(explicit))
                : firstExecutable(folders, List.of(SERVER));
        return server.map(s -> new Virtuoso(s, firstExecutable(List.of(s.toAbsolutePath().getParent()), CLIENTS_BESIDE)
                .or(() -> firstExecutable(folders, CLIENTS_ON_PATH))
                .orElseThrow(() -> new IllegalArgumentException("found " + s + " but no isql-vt, isql-v or isql "
                        + "beside it or on the PATH: the harness loads data through Virtuoso's SQL client"))));
    }

    /** {@link #find(Path, String)} on this process's PATH. */
    public static Optional<Virtuoso> find(Path explicit) {
        return find(explicit, System.getenv().getOrDefault("PATH", ""));
    }

    private static Path explicitServer(Path explicit) {
        Path server = Files.isDirectory(explicit) ? explicit.resolve(SERVER) : explicit;
        if (!Files.isExecutable(server) || Files.isDirectory(server)) {
            throw new IllegalArgumentException("--virtuoso " + explicit + ": no executable " + SERVER + " there");
        }
        return server;
    }

    private static List<Path> folders(String searchPath) {
        return Stream.of(searchPath.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static Optional<Path> firstExecutable(List<Path> folders, List<String> names) {
        for (String name : names) {
            for (Path folder : folders) {
                Path candidate = folder.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
