package org.ogpld.endpoint.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A one-line progress bar for loading: statements, statements per second, and, from the bytes of input read so
 * far, the share done and the time left. It draws on a terminal only; piped, it stays quiet.
 */
final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter terminal;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private long statements;
    private long bytesDone;
    private long lastDrawn;

    /** A progress bar for {@code totalBytes} of input, drawn on {@code terminal} (null when not on a terminal). */
    Progress(PrintWriter terminal, long totalBytes) {
        this.terminal = terminal;
        this.totalBytes = Math.max(1, totalBytes);
    }

    /** {@code destination}, counting what passes through it. */
    StreamRDF counting(StreamRDF destination) {
        return new StreamRDFWrapper(destination) {
            @Override
            public void triple(Triple triple) {
                super.triple(triple);
                tick();
            }

            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                tick();
            }
        };
    }

    /** Records that {@code bytes} more of the input have been read. */
    void read(long bytes) {
        bytesDone += bytes;
    }

    long statements() {
        return statements;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The last line, and a line break, on the terminal. */
    void finish() {
        if (terminal != null) {
            draw(System.nanoTime());
            terminal.println();
            terminal.flush();
        }
    }

    private void tick() {
        statements++;
        long now = System.nanoTime();
        if (terminal != null && now - lastDrawn > REDRAW_NANOS) {
            draw(now);
        }
    }

    private void draw(long now) {
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double share = Math.min(1.0, (double) bytesDone / totalBytes);
        int filled = (int) Math.round(share * BAR_WIDTH);
        long left = share > 0 ? Math.round(seconds / share - seconds) : -1;
        terminal.printf("\r[%s%s] %3.0f%%  %,d statements  %,.0f/s  ETA %s ", "#".repeat(filled),
                " ".repeat(BAR_WIDTH - filled), share * 100, statements, statements / seconds,
                left < 0 ? "--:--" : String.format("%02d:%02d", left / 60, left % 60));
        terminal.flush();
    }
}
