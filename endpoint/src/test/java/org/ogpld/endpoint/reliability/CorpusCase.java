package org.ogpld.endpoint.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the bad-input corpus: a request and what the endpoint must answer.
 *
 * <p>Columns (tab-separated): name, method, path, headers ({@code Name: value} separated by {@code |};
 * {@code $BEARER} is the write token), body, expected status, a fragment the response body must contain. A body is
 * {@code -} (none), {@code text:...} with {@code \n}, {@code \t}, {@code \\} and {@code \xNN} (a raw byte, so
 * invalid UTF-8 can be written), {@code file:name} (a file beside the corpus), or a generator:
 * {@code repeat:N:text} (the text N times) or {@code wrap:N:open¦middle¦close} (N opens, the middle, N closes).
 */
record CorpusCase(String name, String method, String path, Map<String, String> headers, byte[] body, int status,
        String fragment) {

    static List<CorpusCase> read(String resource) {
        try (InputStream in = CorpusCase.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<CorpusCase> cases = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(parse(line));
                }
            }
            return cases;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static CorpusCase parse(String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 7) {
            throw new IllegalArgumentException("Corpus line needs 7 tab-separated columns: " + line);
        }
        return new CorpusCase(cols[0], cols[1], cols[2], headers(cols[3]), body(cols[4]), Integer.parseInt(cols[5]),
                cols[6]);
    }

    private static Map<String, String> headers(String column) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!column.equals("-")) {
            for (String header : column.split("\\|")) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim(),
                        header.substring(colon + 1).trim().replace("$BEARER", ReliabilityServer.BEARER));
            }
        }
        return headers;
    }

    private static byte[] body(String spec) {
        if (spec.equals("-")) {
            return null;
        }
        if (spec.startsWith("text:")) {
            return unescape(spec.substring(5));
        }
        if (spec.startsWith("file:")) {
            try (InputStream in = CorpusCase.class.getResourceAsStream("corpus/" + spec.substring(5))) {
                return in.readAllBytes();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        String[] parts = spec.split(":", 3);
        int times = Integer.parseInt(parts[1]);
        String[] pieces = parts[2].split("¦", -1);
        String generated = switch (parts[0]) {
            case "repeat" -> pieces[0].repeat(times);
            case "wrap" -> pieces[0].repeat(times) + pieces[1] + pieces[2].repeat(times);
            default -> throw new IllegalArgumentException("Unknown body: " + spec);
        };
        return unescape(generated);
    }

    private static byte[] unescape(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                switch (next) {
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case 'x' -> {
                        out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                    default -> out.write(next);
                }
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return name;
    }
}
