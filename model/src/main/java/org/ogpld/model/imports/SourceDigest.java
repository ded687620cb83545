package org.ogpld.model.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 digest of a source as it is read, so that an importer can name the source's graph after its content
 * (two different files both called {@code ep-popolo-v1.0.json} are two sources) without reading it twice.
 */
public final class SourceDigest {

    private final MessageDigest digest;

    public SourceDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The digest that {@link java.security.DigestInputStream} and {@link #reader(Reader)} update. */
    public MessageDigest digest() {
        return digest;
    }

    /** A reader that adds every character read (as its two UTF-16 bytes) to the digest. */
    public Reader reader(Reader in) {
        return new FilterReader(in) {
            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                    add((char) c);
                }
                return c;
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                for (int i = 0; i < n; i++) {
                    add(buffer[offset + i]);
                }
                return n;
            }
        };
    }

    private void add(char c) {
        digest.update((byte) (c >> 8));
        digest.update((byte) c);
    }

    /** The first eight hex digits of the digest of everything read; call once, after reading. */
    public String shortHex() {
        return HexFormat.of().formatHex(digest.digest(), 0, 4);
    }
}
