package org.ogpld.endpoint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ogpld.endpoint.OgpldApplication;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.PublicUrl;
import org.ogpld.endpoint.store.StoreLock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code ogpld serve}: starts the SPARQL endpoint and returns when it stops. Options are shortcuts for Spring Boot
 * properties; any other {@code --name=value} is passed to Spring Boot as is.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the SPARQL 1.1 endpoint (default when no command is given).",
        footer = {"", "Any Spring Boot property may follow, e.g. --ogpld.query.timeout=10s.",
            "Examples:", "  ogpld serve", "  ogpld serve --port 8080 --store /var/lib/ogpld",
            "  OGPLD_SECURITY_TOKEN=secret ogpld serve"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (server.port, default 3030)")
    Integer port;

    @Option(names = "--store", description = "TDB2 folder (ogpld.store.location, default ./data/ogp)")
    Path store;

    @Option(names = "--in-memory", description = "Use a throwaway store, removed on stop (ogpld.store.in-memory)")
    boolean inMemory;

    @Option(names = "--base", description = "Base of the data's IRIs (ogpld.base, default "
            + OgpldProperties.CANONICAL_BASE + ")")
    String base;

    @Option(names = "--public-url", description = "Where this server is reached (ogpld.public-url, default "
            + "http://localhost:{port}/)")
    String publicUrl;

    @Option(names = "--load", split = ",",
            description = "Files loaded into an empty store, instead of the examples (ogpld.load)")
    List<String> load = new ArrayList<>();

    @Option(names = "--graph", paramLabel = "IRI", description = "The graph the one --load file goes to (default: the "
            + "graph named by its source)")
    String graph;

    @Option(names = "--replica", description = "A read replica: apply the writer's patches from Kafka and refuse "
            + "writes (ogpld.replication.replica; needs ogpld.replication.kafka.bootstrap-servers)")
    boolean replica;

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        Optional<Long> holder = inMemory ? Optional.empty() : StoreLock.holder(storeFolder());
        if (holder.isPresent()) {
            PrintWriter err = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
            err.println("ogpld serve: " + StoreLock.message(storeFolder(), holder.get()));
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        ConfigurableApplicationContext context = OgpldApplication.start(arguments().toArray(String[]::new));
        if (context.isActive()) {
            ready(context);
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        try {
            if (context.isActive()) {
                closed.await();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /**
     * The store folder as the server will resolve it from {@code --store}, a {@code --ogpld.store.location=}
     * argument, the environment or the default; checked before Spring starts, so that a store in use is one line.
     */
    private Path storeFolder() {
        if (store != null) {
            return store;
        }
        String argument = "--ogpld.store.location=";
        return springArguments.stream().filter(a -> a.startsWith(argument)).reduce((a, b) -> b)
                .map(a -> a.substring(argument.length()))
                .or(() -> Optional.ofNullable(System.getenv("OGPLD_STORE_LOCATION")))
                .map(Path::of).orElse(Path.of("data", "ogp"));
    }

    /** Says, on one line of standard output, where the server listens, once it is ready for requests. */
    private void ready(ConfigurableApplicationContext context) {
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        out.println("ogpld serve: ready, listening on port " + context.getEnvironment().getProperty(
                "local.server.port") + " at " + context.getBean(PublicUrl.class).url());
        out.flush();
    }

    List<String> arguments() {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (store != null) {
            args.add("--ogpld.store.location=" + store);
        }
        if (inMemory) {
            args.add("--ogpld.store.in-memory=true");
        }
        if (base != null) {
            args.add("--ogpld.base=" + base);
        }
        if (publicUrl != null) {
            args.add("--ogpld.public-url=" + publicUrl);
        }
        if (graph != null && load.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--graph names the graph of one --load file; "
                    + load.size() + " were given");
        }
        if (graph != null && (graph.contains(">") || graph.contains(","))) {
            throw new ParameterException(spec.commandLine(), "--graph: '" + graph + "' is not an IRI");
        }
        if (!load.isEmpty()) {
            args.add("--ogpld.load=" + (graph == null ? "" : "<" + graph + ">") + String.join(",", load));
        }
        if (replica) {
            args.add("--ogpld.replication.replica=true");
        }
        args.addAll(springArguments);
        return args;
    }
}
