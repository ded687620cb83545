package org.ogpld.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code write}: mapping and writers, ours against Jena's. */
@Command(name = "write", mixinStandardHelpOptions = true, description = "Mapping and writing: ours vs Jena's writers.")
final class WriteCommand implements Callable<Integer> {

    @Mixin
    Options options;

    @Override
    public Integer call() {
        return 0;
    }
}
