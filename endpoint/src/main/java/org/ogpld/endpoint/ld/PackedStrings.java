package org.ogpld.endpoint.ld;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An immutable list of strings packed into one UTF-8 byte array with an offset per string: a few bytes per IRI
 * instead of a {@code String} object and its array (about 50 bytes more each), at the cost of decoding a string each
 * time it is read. For the hundreds of thousands of IRIs a big store's {@link ResourceIndex} lists.
 */
final class PackedStrings extends AbstractList<String> implements RandomAccess {

    static final PackedStrings EMPTY = new Builder().build();

    private final byte[] bytes;
    private final int[] offsets;

    private PackedStrings(byte[] bytes, int[] offsets) {
        this.bytes = bytes;
        this.offsets = offsets;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return offsets.length - 1;
    }

    /** Collects strings in order, then packs them. */
    static final class Builder {
        private byte[] bytes = new byte[1024];
        private int[] offsets = new int[64];
        private int count;

        Builder add(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            int end = offsets[count];
            if (end + utf8.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, end + utf8.length));
            }
            System.arraycopy(utf8, 0, bytes, end, utf8.length);
            if (count + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[++count] = end + utf8.length;
            return this;
        }

        /** How many strings were added so far. */
        int size() {
            return count;
        }

        PackedStrings build() {
            return new PackedStrings(Arrays.copyOf(bytes, offsets[count]), Arrays.copyOf(offsets, count + 1));
        }
    }
}
