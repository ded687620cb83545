package org.ogpld.endpoint.reconcile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogpld.model.text.EditDistance;

/**
 * How names are compared: one place for the folding that makes "Kamal Cəfərov", "KAMAL CAFAROV" and "Kamal
 * Jafarov" meet. Three levels, each coarser than the last:
 * <ol>
 *   <li>{@link #fold}: Azerbaijani letters to their Latin base as the minting rules do (ə→a, ı→i, ş→s, ç→c, ğ→g,
 *       ö→o, ü→u), then any other mark stripped, lower case in {@link Locale#ROOT}, anything else a space;</li>
 *   <li>{@link #tokens}: the folded words without stop words ("of", "the", "və", "üzrə") and without the state's
 *       formal name ("of the Republic of Azerbaijan", "Azərbaycan Respublikasının");</li>
 *   <li>{@link #key}: a token's transliteration key, so that English spellings of Azerbaijani names meet the
 *       original (Jafarov/Cəfərov, Khalilov/Xəlilov, Shahin/Şahin, Guliyev/Quliyev), and {@link #skeleton}, its
 *       consonants, for retrieval despite vowel spellings (Hamzayeva/Hemzeyeva).</li>
 * </ol>
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern STATE_NAME = Pattern.compile(
            "\\b(of )?(the )?republic of azerbaijan\\b|\\bazerbaijan republic\\b|\\bazarbaycan respublikasi(nin)?\\b");
    private static final Set<String> STOP_WORDS = Set.of("of", "the", "and", "for", "on", "in", "a", "an", "to",
            "at", "by", "de", "del", "la", "el", "y", "e", "va", "ve", "uzra", "uzre");
    private static final Pattern DIGRAPHS = Pattern.compile("kh|sh|ch|zh|ph|iy");

    private Folding() {}

    /** Lower-case ASCII letters and digits separated by single spaces. */
    static String fold(String text) {
        StringBuilder mapped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> mapped.append(switch (c) {
            case 'ə', 'Ə', 'ә', 'Ә', 'ä', 'Ä' -> "a";
            case 'ı', 'İ' -> "i";
            case 'ğ', 'Ğ' -> "g";
            case 'ç', 'Ç' -> "c";
            case 'ş', 'Ş' -> "s";
            case 'ö', 'Ö' -> "o";
            case 'ü', 'Ü' -> "u";
            case '\'', '’', '‘', 'ʼ' -> "";
            default -> new String(Character.toChars(c));
        }));
        String stripped = MARKS.matcher(Normalizer.normalize(mapped, Normalizer.Form.NFKD)).replaceAll("");
        return NON_WORD.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The folded words of a name that say something about it, in their order. */
    static List<String> tokens(String text) {
        String folded = STATE_NAME.matcher(fold(text)).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        for (String token : folded.split(" ")) {
            if (!token.isEmpty() && !STOP_WORDS.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** A name with every space and mark removed: how identifiers ({@code AL-0002}, {@code AP_ALB01}) compare. */
    static String compact(String text) {
        return fold(text).replace(" ", "");
    }

    /**
     * A folded token's transliteration key: English digraphs to the Azerbaijani letter's base (kh→x, sh→s, ch→c,
     * zh→j; iy→i, as Russian-style spellings drop it: Nuriyev, Nuriev), then j→c and q→g (Azerbaijani c and q are English j and g), e→a (ə is written either way: Elimemmed,
     * Alimammad), w→v, and doubled letters once.
     */
    static String key(String token) {
        String digraphs = DIGRAPHS.matcher(token).replaceAll(m -> switch (m.group()) {
            case "kh" -> "x";
            case "sh" -> "s";
            case "ch" -> "c";
            case "ph" -> "f";
            case "iy" -> "i";
            default -> "j";
        });
        StringBuilder key = new StringBuilder(digraphs.length());
        for (int i = 0; i < digraphs.length(); i++) {
            char c = switch (digraphs.charAt(i)) {
                case 'j' -> 'c';
                case 'q' -> 'g';
                case 'e' -> 'a';
                case 'w' -> 'v';
                default -> digraphs.charAt(i);
            };
            if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * A key's consonants, a leading vowel kept as {@code *}: "hamzayeva" and "hemzeyeva" share {@code hmzv},
     * "ibrahimli" and "ebrahimli" {@code *brhml}.
     */
    static String skeleton(String key) {
        StringBuilder skeleton = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            boolean vowel = "aeiouy".indexOf(key.charAt(i)) >= 0;
            if (!vowel) {
                skeleton.append(key.charAt(i));
            } else if (i == 0) {
                skeleton.append('*');
            }
        }
        return skeleton.toString();
    }

    /**
     * How alike two folded tokens are, from 0 to 1: 1 equal; 0.95 same transliteration key; 0.85 same consonant
     * skeleton; 0.8 for an abbreviation (one, of 3 letters or more, starts the other: "min" and "ministry", or
     * keeps its letters in order: "govt" and "government");
     * else the keys' edit similarity when at least 0.75 (one slip in a word of four), and 0 below it. Numbers
     * ({@code 2012}, {@code 4.1}) are alike only when equal.
     */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (hasDigit(a) || hasDigit(b)) {
            return 0;
        }
        String keyA = key(a);
        String keyB = key(b);
        if (keyA.equals(keyB)) {
            return 0.95;
        }
        if (keyA.length() > 2 && skeleton(keyA).equals(skeleton(keyB)) && skeleton(keyA).length() > 2) {
            return 0.85;
        }
        if (Math.min(a.length(), b.length()) >= 3 && (a.startsWith(b) || b.startsWith(a)
                || abbreviates(a, b) || abbreviates(b, a))) {
            return 0.8;
        }
        double edit = 1 - (double) EditDistance.levenshtein(keyA, keyB)
                / Math.max(keyA.length(), keyB.length());
        return edit >= 0.75 ? edit : 0;
    }

    /**
     * Whether {@code short} abbreviates {@code long} by dropping letters ("govt" of "government", "dept" of
     * "department"): same first letter, its letters in order, and at least a third as long.
     */
    private static boolean abbreviates(String shorter, String longer) {
        if (shorter.length() >= longer.length() || shorter.charAt(0) != longer.charAt(0)
                || shorter.length() * 3 < longer.length()) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < longer.length() && at < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(at)) {
                at++;
            }
        }
        return at == shorter.length();
    }

    private static boolean hasDigit(String token) {
        return token.chars().anyMatch(Character::isDigit);
    }
}
