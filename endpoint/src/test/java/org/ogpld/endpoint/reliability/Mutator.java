package org.ogpld.endpoint.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Seeded mutations of valid inputs: truncation, byte flips, bracket storms, long literals, spliced slices. */
final class Mutator {

    private static final String[] STORMS = {"{", "(", "[", "}", ")", "]", "\"", "<", "'''", "\\"};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    byte[] mutate(String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            bytes = once(bytes);
        }
        return bytes;
    }

    private byte[] once(byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        return switch (random.nextInt(6)) {
            case 0 -> Arrays.copyOf(bytes, at);
            case 1 -> flip(bytes, at);
            case 2 -> insert(bytes, at, STORMS[random.nextInt(STORMS.length)].repeat(1 + random.nextInt(3000)));
            case 3 -> insert(bytes, at, "\"" + "ə".repeat(random.nextInt(20_000)) + "\"");
            case 4 -> insert(bytes, at, Arrays.copyOf(bytes, Math.min(bytes.length, random.nextInt(200) + 1)));
            default -> insert(bytes, at, String.valueOf((char) random.nextInt(0x3000)));
        };
    }

    private byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        if (copy.length > 0) {
            copy[at] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] insert(byte[] bytes, int at, String text) {
        return insert(bytes, at, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] insert(byte[] bytes, int at, byte[] piece) {
        byte[] out = new byte[bytes.length + piece.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(bytes, at, out, at + piece.length, bytes.length - at);
        return out;
    }
}
