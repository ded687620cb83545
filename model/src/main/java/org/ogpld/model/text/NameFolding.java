package org.ogpld.model.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ogpld.model.Slugs;

/**
 * Folds names and words so that the ways people spell one Azerbaijani name meet: the Azerbaijani original
 * ("Kamal Cəfərov"), the same without its letters ("Cafarov"), and the English transliteration ("Kamal Jafarov").
 * Search (the text index) and reconciliation both match on these forms.
 *
 * <p>Two levels:
 * <ul>
 *   <li>{@link #fold(String)}: lower case ({@code Locale.ROOT}), Azerbaijani and Cyrillic letters as the slug rules
 *   transliterate them (ə→a, ı/İ→i, ğ→g, ç→c, ş→s, ö→o, ü→u; see {@link Slugs#latin(String)}), other marks
 *   stripped, anything but letters and digits a single space. "Cəfərov" and "Cafarov" fold alike.</li>
 *   <li>{@link #key(String)}: a word's folded form with the spellings of English transliteration collapsed, so that
 *   "Jafarov", "Cafarov" and "Cəfərov" share the key {@code cafarov}: {@code kh}→x (Xəlilov/Khalilov),
 *   {@code sh}→s (Şahin/Shahin), {@code ch}→c and {@code j}→c (Çingiz/Chingiz, Cəfər/Jafar), {@code gh}→g and
 *   {@code q}→g (Qasımov/Gasimov), then doubled letters single (Məmmədov/Mamadov).</li>
 * </ul>
 * Keys trade precision for recall: they also join words that only look alike once collapsed ("shah" and "sah"),
 * which ranking on the folded form beside the key puts below exact matches. The Russian-style spelling of ə as
 * {@code e} ("Mamedov") is not folded onto {@code a}: doing so would join far more unrelated words than it finds.
 *
 * <pre>{@code NameFolding.matchKey("Kamal Jafarov").equals(NameFolding.matchKey("Kamal Cəfərov"))  // true}</pre>
 */
public final class NameFolding {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIGRAPHS = Pattern.compile("kh|sh|ch|gh");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    private NameFolding() {
    }

    /** {@code text} lower-cased and folded, words separated by one space: "Kamal Cəfərov" gives "kamal cafarov". */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        return SEPARATORS.matcher(Slugs.latin(text)).replaceAll(" ").strip();
    }

    /** The folded words of {@code text}, in order; empty for a text without letters or digits. */
    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** The transliteration key of one word (folded first): "Jafarov", "Cafarov" and "Cəfərov" give "cafarov". */
    public static String key(String word) {
        String folded = fold(word);
        String collapsed = DIGRAPHS.matcher(folded).replaceAll(m -> switch (m.group()) {
            case "kh" -> "x";
            case "sh" -> "s";
            case "ch" -> "c";
            default -> "g";
        });
        collapsed = collapsed.replace('j', 'c').replace('q', 'g');
        return DOUBLED.matcher(collapsed).replaceAll("$1");
    }

    /** The keys of the words of {@code text}, separated by one space: the form two spellings of a name share. */
    public static String matchKey(String text) {
        return String.join(" ", words(text).stream().map(NameFolding::key).toList());
    }
}
