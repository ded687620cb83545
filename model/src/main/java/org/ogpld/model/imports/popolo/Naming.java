package org.ogpld.model.imports.popolo;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogpld.model.LangString;
import org.ogpld.model.LanguageTags;
import org.ogpld.model.Text;

/**
 * Gives Popolo names a language. Popolo's {@code name} has none, so it is decided, in this order: the language of
 * an {@code other_names} entry written the same (Azerbaijani before English); Azerbaijani if the text has letters
 * only Azerbaijani (or Turkish) spelling uses (ə, ı, İ, ğ); otherwise the importer's default language. The name
 * then also gets the first other name in the other of Azerbaijani and English; every remaining other name is kept
 * with its own language tag ({@code und} when the source gives none), spelled exactly as written.
 */
final class Naming {

    /** A Popolo {@code other_names} entry. */
    record OtherName(String name, Optional<String> language, Optional<String> note) {

        /** Whether the entry says it is an acronym (as the exporter writes acronyms). */
        boolean isAcronym() {
            return note.filter("acronym"::equalsIgnoreCase).isPresent();
        }
    }

    /** A name in one or two languages and the other names. */
    record Names(Text name, Set<LangString> others) {
    }

    private static final String AZ = "az";
    private static final String EN = "en";
    private static final String UNDETERMINED = "und";

    private final String fallback;

    Naming(String fallback) {
        this.fallback = fallback;
    }

    /** The language of a text that has no other names to go by. */
    String languageOf(String text) {
        return languageOf(text, List.of());
    }

    String languageOf(String text, List<OtherName> others) {
        List<String> matching = others.stream().filter(o -> o.name().equals(text))
                .map(o -> o.language().map(Naming::primary).orElse("")).toList();
        if (matching.contains(AZ)) {
            return AZ;
        }
        if (matching.contains(EN)) {
            return EN;
        }
        return text.chars().anyMatch(c -> "əƏıİğĞ".indexOf(c) >= 0) ? AZ : fallback;
    }

    /** The name and other names of a resource. */
    Names names(String name, List<OtherName> others) {
        String language = languageOf(name, others);
        Map<String, String> text = new LinkedHashMap<>();
        text.put(language, name);
        String second = language.equals(AZ) ? EN : AZ;
        others.stream().filter(o -> o.language().filter(second::equals).isPresent()).findFirst()
                .ifPresent(o -> text.put(second, o.name()));
        Set<LangString> rest = new LinkedHashSet<>();
        for (OtherName other : others) {
            String tag = other.language().map(LanguageTags::canonical).orElse(UNDETERMINED);
            if (!other.name().equals(text.get(tag))) {
                rest.add(LangString.of(other.name(), tag));
            }
        }
        return new Names(Text.of(text), rest);
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
