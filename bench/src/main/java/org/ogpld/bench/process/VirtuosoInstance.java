package org.ogpld.bench.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Virtuoso server the harness starts for itself (never the system service): {@code virtuoso-t +foreground} with a
 * generated {@link VirtuosoIni} in its own database folder, SQL and HTTP on free loopback ports. A folder without a
 * database gets a new, empty one. Closing it shuts the server down cleanly ({@code shutdown}, which checkpoints), so
 * that the folder can be copied and started again.
 */
public final class VirtuosoInstance implements AutoCloseable {

    private static final Duration SQL_LIMIT = Duration.ofHours(2);
    private static final Duration STOP_LIMIT = Duration.ofMinutes(2);
    private static final Pattern QUADS = Pattern.compile("QUADS=(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("LOAD_ERRORS=(\\d+)");

    private final Virtuoso virtuoso;
    private final VirtuosoIni ini;
    private final Server server;

    private VirtuosoInstance(Virtuoso virtuoso, VirtuosoIni ini, Server server) {
        this.virtuoso = virtuoso;
        this.ini = ini;
        this.server = server;
    }

    /**
     * Starts Virtuoso on the database in {@code database} (created if absent), allowed to read files in
     * {@code dirsAllowed}, sized for {@code memoryBytes}; returns once its SPARQL endpoint answers.
     */
    public static VirtuosoInstance start(Virtuoso virtuoso, Path database, List<Path> dirsAllowed, long memoryBytes,
            Path log) {
        VirtuosoIni ini = new VirtuosoIni(database, Server.freePort(), Server.freePort(), dirsAllowed, memoryBytes);
        try {
            Files.createDirectories(database);
            // A copied folder may hold the lock file of the instance it was copied from; it has stopped.
            Files.deleteIfExists(database.resolve("virtuoso.lck"));
            Files.writeString(database.resolve("virtuoso.ini"), ini.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Virtuoso's database folder " + database, e);
        }
        JavaProcess process = JavaProcess.program(List.of(virtuoso.server().toString(), "+foreground",
                "+configfile", database.resolve("virtuoso.ini").toAbsolutePath().toString()), database, log);
        return new VirtuosoInstance(virtuoso, ini,
                Server.started("Virtuoso", process, ini.httpPort(), "/sparql", "/sparql?query=ASK%7B%7D"));
    }

    /** The running server, for the query benchmarks. */
    public Server server() {
        return server;
    }

    /**
     * Bulk-loads {@code file} (N-Quads: each quad into its own named graph) with Virtuoso's loader, as its
     * documentation advises: {@code ld_dir}, {@code rdf_loader_run}, {@code checkpoint}. Returns the quads added.
     *
     * @throws IllegalStateException naming the file and Virtuoso's message if the loader reports an error
     */
    public long bulkLoad(Path file) {
        long before = quads();
        Path absolute = file.toAbsolutePath();
        String output = sql("ld_dir('" + literal(absolute.getParent().toString()) + "', '"
                + literal(absolute.getFileName().toString()) + "', 'urn:ogpld:bench:triples-without-graph'); "
                + "rdf_loader_run(); checkpoint; "
                + "SELECT 'LOAD_ERRORS=' || CAST(COUNT(*) AS VARCHAR) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;");
        Matcher errors = ERRORS.matcher(output);
        if (!errors.find() || !"0".equals(errors.group(1))) {
            throw new IllegalStateException("Virtuoso could not load " + file + ":\n"
                    + sql("SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;"));
        }
        return quads() - before;
    }

    /** How many quads the database holds, Virtuoso's own system graphs included. */
    public long quads() {
        Matcher m = QUADS.matcher(sql("SELECT 'QUADS=' || CAST(COUNT(*) AS VARCHAR) FROM DB.DBA.RDF_QUAD;"));
        if (!m.find()) {
            throw new IllegalStateException("Virtuoso did not answer the count of its quads");
        }
        return Long.parseLong(m.group(1));
    }

    /** Resident memory of the server now and at its peak. */
    public JavaProcess.Memory memory() {
        return server.process().memory();
    }

    /**
     * Runs SQL statements through {@code isql} as the database administrator (a new database's default password,
     * on loopback only); returns the output.
     *
     * @throws IllegalStateException with the output if a statement failed
     */
    public String sql(String statements) {
        List<String> command = List.of(virtuoso.isql().toString(), "127.0.0.1:" + ini.sqlPort(), "dba", "dba",
                "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF", "ECHO=OFF", "ERRORS=STDOUT", "exec=" + statements);
        try {
            Process isql = new ProcessBuilder(command).redirectErrorStream(true).start();
            isql.getOutputStream().close();
            String output = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!isql.waitFor(SQL_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                isql.destroyForcibly();
                throw new IllegalStateException("isql did not finish within " + SQL_LIMIT + ": " + statements);
            }
            if (isql.exitValue() != 0 || output.contains("*** Error")) {
                throw new IllegalStateException("Virtuoso failed on `" + statements + "`:\n" + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + virtuoso.isql(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running isql", e);
        }
    }

    private static String literal(String text) {
        return text.replace("'", "''");
    }

    /** Shuts the server down with a checkpoint, so that its database folder is complete; forcibly if it hangs. */
    @Override
    public void close() {
        JavaProcess process = server.process();
        try {
            if (process.isAlive()) {
                sql("shutdown;");
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            // The connection closes as the server stops; whether it ended is judged by its exit below.
        }
        try {
            process.await(STOP_LIMIT);
        } catch (IllegalStateException e) {
            process.close();
        }
    }
}
