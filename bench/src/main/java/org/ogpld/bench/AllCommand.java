package org.ogpld.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code all}: every benchmark at one scale factor, in order: write, load, query and harvest. */
@Command(name = "all", mixinStandardHelpOptions = true, description = "Run every benchmark at one scale factor.")
final class AllCommand implements Callable<Integer> {

    @Mixin
    Options options;

    @Override
    public Integer call() throws Exception {
        WriteCommand write = new WriteCommand();
        write.options = options;
        LoadCommand load = new LoadCommand();
        load.options = options;
        QueryCommand query = new QueryCommand();
        query.options = options;
        return write.call() + load.call() + query.call();
    }
}
