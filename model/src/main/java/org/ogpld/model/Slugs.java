package org.ogpld.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns names into URL slugs as OGP-LD's design fixes them: Azerbaijani letters are transliterated first (ə→a,
 * ı and İ→i, ğ→g, ç→c, ş→s, ö→o, ü→u, also Cyrillic ә and ä→a), then the text is decomposed (NFKD), marks are
 * stripped, letters are lowercased with {@link Locale#ROOT}, and every run of characters outside {@code [a-z0-9]}
 * becomes one hyphen. "Əliməmməd Nuriyev" gives {@code alimammad-nuriyev}.
 *
 * <p>Cyrillic (Azerbaijani and Russian letters) is transliterated to the Latin letters the slug rules end in, so
 * "Мәммәдов" gives {@code mammadov}. Slugs are cut at a hyphen to at most {@value #MAX_LENGTH} characters. A name
 * with no letters or digits left (e.g. only Arabic script) gets {@code n-} and eight hex digits of its SHA-256
 * hash, so it is still stable.
 */
public final class Slugs {

    /** The longest slug made. */
    public static final int MAX_LENGTH = 80;

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ə', "a"), Map.entry('Ə', "a"), Map.entry('ә', "a"), Map.entry('Ә', "a"),
            Map.entry('ä', "a"), Map.entry('Ä', "a"), Map.entry('ӓ', "a"), Map.entry('Ӓ', "a"),
            Map.entry('ı', "i"), Map.entry('İ', "i"), Map.entry('ğ', "g"), Map.entry('Ğ', "g"),
            Map.entry('ç', "c"), Map.entry('Ç', "c"), Map.entry('ş', "s"), Map.entry('Ş', "s"),
            Map.entry('ö', "o"), Map.entry('Ö', "o"), Map.entry('ü', "u"), Map.entry('Ü', "u"),
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('œ', "oe"),
            Map.entry('Œ', "oe"), Map.entry('ø', "o"), Map.entry('Ø', "o"), Map.entry('đ', "d"),
            Map.entry('Đ', "d"), Map.entry('ł', "l"), Map.entry('Ł', "l"), Map.entry('þ', "th"),
            Map.entry('Þ', "th"));
    private static final String CYRILLIC = "абвгғдеёжзиыјйкҝқлмноөпрстуүфхһцчҹшщъьэюяӧӱі";
    private static final String[] CYRILLIC_LATIN = {
        "a", "b", "v", "q", "g", "d", "e", "yo", "j", "z", "i", "i", "y", "y", "k", "g", "q", "l", "m", "n", "o",
        "o", "p", "r", "s", "t", "u", "u", "f", "x", "h", "ts", "c", "c", "s", "shch", "", "", "e", "yu", "ya",
        "o", "u", "i"};
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** The slug for {@code name}; never empty. */
    public static String of(String name) {
        Checks.required(name, "name");
        String slug = SEPARATORS.matcher(latin(name)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.isEmpty()) {
            return "n-" + hash(name);
        }
        return shorten(slug);
    }

    /**
     * The slug of a file's name, the one rule by which a file names its graph: the last segment of {@code location}
     * (a path, {@code classpath:} or {@code file:} location), without {@code .gz} and without its last extension
     * ({@code data/Press Release 2017.ttl} and {@code dump.v2.nq.gz} give {@code press-release-2017} and
     * {@code dump-v2}).
     */
    public static String ofFileName(String location) {
        return of(baseName(location));
    }

    /** The last segment of {@code location} without {@code .gz} and without its last extension. */
    private static String baseName(String location) {
        String name = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The slug of {@code parts} joined, for a label scoped by what owns it ({@code scoped("UKR", "Ministry of
     * Justice")} gives {@code ukr-ministry-of-justice}). Where the joined slug would be longer than
     * {@value #MAX_LENGTH} characters it is cut and ends in eight hex digits of the SHA-256 hash of the whole, so two
     * long scoped names never share a slug by being cut alike.
     */
    public static String scoped(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            Checks.required(part, "part");
            String slug = trimHyphens(SEPARATORS.matcher(latin(part)).replaceAll("-"));
            if (!slug.isEmpty()) {
                joined.append(joined.length() > 0 ? "-" : "").append(slug);
            }
        }
        String whole = joined.toString();
        if (whole.isEmpty()) {
            return "n-" + hash(String.join("\n", parts));
        }
        if (whole.length() <= MAX_LENGTH) {
            return whole;
        }
        String digest = hash(whole);
        String cut = trimHyphens(whole.substring(0, MAX_LENGTH - digest.length() - 1));
        return cut + "-" + digest;
    }

    /**
     * {@code name} in lower-case Latin letters as slugs spell it, before separators are replaced: Azerbaijani and
     * Cyrillic letters transliterated, marks stripped ("Kamal Cəfərov" gives {@code kamal cafarov}). Other scripts
     * and punctuation are kept as they are.
     */
    public static String latin(String name) {
        StringBuilder mapped = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            String replacement = cp <= Character.MAX_VALUE ? replacement((char) cp) : null;
            if (replacement != null) {
                mapped.append(replacement);
            } else {
                mapped.appendCodePoint(cp);
            }
        });
        String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String replacement(char c) {
        String letter = LETTERS.get(c);
        if (letter != null) {
            return letter;
        }
        int cyrillic = CYRILLIC.indexOf(Character.toLowerCase(c));
        return cyrillic >= 0 && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC
                ? CYRILLIC_LATIN[cyrillic] : null;
    }

    private static String shorten(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    /** Eight hex digits of the SHA-256 hash of {@code text} (NFC): a short, stable stand-in for a long key. */
    public static String shortHash(String text) {
        return hash(Checks.required(text, "text"));
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(name, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
