package org.ogpld.endpoint.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/**
 * The failures TDB2's loader threads log instead of throwing (a full disk, say), kept while a load runs and kept
 * off the terminal: the command reports the failure itself, in one line. Without Logback nothing is kept.
 */
final class LoaderErrors implements AutoCloseable {

    private static final String LOADER_LOGGER = "org.apache.jena.tdb2.loader";

    private final AtomicReference<Throwable> first = new AtomicReference<>();
    private final Logger logger;
    private final boolean additive;
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR)
                    && event.getThrowableProxy() instanceof ThrowableProxy proxy) {
                first.compareAndSet(null, proxy.getThrowable());
            }
        }
    };

    private LoaderErrors(Logger logger) {
        this.logger = logger;
        this.additive = logger != null && logger.isAdditive();
        if (logger != null) {
            appender.setContext(logger.getLoggerContext());
            appender.start();
            logger.addAppender(appender);
            logger.setAdditive(false);
        }
    }

    /** Starts keeping the loader's logged failures. */
    static LoaderErrors capture() {
        return new LoaderErrors(LoggerFactory.getLogger(LOADER_LOGGER) instanceof Logger logback ? logback : null);
    }

    /** The first failure a loader thread logged, if any. */
    Optional<Throwable> first() {
        return Optional.ofNullable(first.get());
    }

    @Override
    public void close() {
        if (logger != null) {
            logger.detachAppender(appender);
            logger.setAdditive(additive);
            appender.stop();
        }
    }
}
