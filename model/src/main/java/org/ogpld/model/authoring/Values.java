package org.ogpld.model.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ogpld.model.Answer;
import org.ogpld.model.Code;
import org.ogpld.model.DateValue;
import org.ogpld.model.GeoName;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;
import org.ogpld.model.LangString;
import org.ogpld.model.LanguageTags;
import org.ogpld.model.MissingValue;
import org.ogpld.model.Text;

/** Reads typed values at a cursor; a value of the wrong form is reported there and yields nothing. */
final class Values {

    private static final Set<String> DATE_FIELDS = Set.of("date", "asWritten");

    private Values() {
    }

    /** Runs {@code build}; a rejected value becomes a problem at {@code at}. */
    static <T> Optional<T> build(Cursor at, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            at.problem(e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<Text> text(Cursor c) {
        if (!c.present()) {
            return Optional.empty();
        }
        if (!c.node().isObject()) {
            c.problem("text needs its language, e.g. {az: \"" + c.node().asText() + "\"} or {en: ...}; found "
                    + c.shape());
            return Optional.empty();
        }
        Map<String, String> values = new TreeMap<>();
        boolean ok = true;
        for (Map.Entry<String, Cursor> member : c.members().entrySet()) {
            Cursor value = member.getValue();
            String problem = LanguageTags.isValid(member.getKey()) ? null : "'" + member.getKey()
                    + "' is not a language tag; use 'az' for Azerbaijani, 'en' for English";
            if (problem != null) {
                value.problem(problem);
                ok = false;
            }
            Optional<String> string = value.string();
            ok &= string.isPresent();
            string.ifPresent(s -> values.put(member.getKey(), s));
        }
        if (values.isEmpty() && ok) {
            c.problem("text needs a value in at least one language, e.g. {az: ..., en: ...}");
        }
        return ok && !values.isEmpty() ? build(c, () -> Text.of(values)) : Optional.empty();
    }

    /** Several names: a list of texts (or one text), flattened to language-tagged strings. */
    static List<LangString> names(Cursor c) {
        List<LangString> names = new ArrayList<>();
        if (c.present() && c.node().isObject()) {
            text(c).ifPresent(t -> names.addAll(t.strings()));
        } else {
            c.elements().forEach(e -> text(e).ifPresent(t -> names.addAll(t.strings())));
        }
        return names;
    }

    static Optional<DateValue> date(Cursor c) {
        if (!c.present()) {
            return Optional.empty();
        }
        if (c.node().isObject()) {
            c.allowOnly(DATE_FIELDS);
            Optional<String> written = c.field("asWritten").string();
            Cursor date = c.field("date");
            if (!date.present()) {
                return written.isPresent() ? Optional.of(DateValue.asWritten(written.get()))
                        : fail(c, "give {date: YYYY-MM-DD, asWritten: ...} or at least asWritten");
            }
            Optional<DateValue> parsed = iso(date);
            return parsed.flatMap(p -> build(c, () -> new DateValue(p.value(), written)));
        }
        return iso(c);
    }

    private static Optional<DateValue> iso(Cursor c) {
        return c.string().flatMap(text -> build(c, () -> DateValue.parseIso(text)));
    }

    /** A language on its own, such as {@code az}. */
    static Optional<String> language(Cursor c) {
        return c.string().flatMap(tag -> LanguageTags.isValid(tag) && !tag.contains("-") ? Optional.of(tag)
                : fail(c, "'" + tag + "' is not a language code; use 'az' for Azerbaijani, 'en' for English"));
    }

    static Optional<Integer> count(Cursor c) {
        if (!c.present()) {
            return Optional.empty();
        }
        JsonNode node = c.node();
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 0) {
            return fail(c, "expected a whole number of 0 or more, found " + c.shape());
        }
        return Optional.of(node.intValue());
    }

    static Optional<Boolean> bool(Cursor c) {
        if (!c.present()) {
            return Optional.empty();
        }
        if (!c.node().isBoolean()) {
            return fail(c, "expected true or false, found " + c.shape());
        }
        return Optional.of(c.node().booleanValue());
    }

    /** true/false, or ND/NR/NA. */
    static Optional<Answer> answer(Cursor c) {
        if (c.present() && c.node().isTextual()) {
            return missing(c).map(Answer::missing);
        }
        return bool(c).map(Answer::of);
    }

    private static Optional<MissingValue> missing(Cursor c) {
        String text = c.node().asText();
        return MissingValue.ofNotation(text).or(() -> fail(c, "expected true, false, ND, NR or NA, found '" + text + "'"));
    }

    /** A code of {@code scheme} that must exist in the code lists; ND/NR/NA too if {@code missingAllowed}. */
    static Optional<Code> code(Cursor c, String scheme, boolean missingAllowed) {
        return c.string().flatMap(text -> code(c, text, scheme, missingAllowed));
    }

    /** The code written {@code text} ({@code code} or {@code scheme/code}), reported at {@code c}. */
    static Optional<Code> code(Cursor c, String text, String scheme, boolean missingAllowed) {
        if (missingAllowed && MissingValue.ofNotation(text).isPresent()) {
            return MissingValue.ofNotation(text).map(MissingValue::code);
        }
        String[] parts = text.split("/", 2);
        String listName = parts.length == 2 ? parts[0] : scheme;
        return build(c, () -> Code.of(listName, parts[parts.length - 1])).flatMap(code -> known(c, code, scheme));
    }

    private static Optional<Code> known(Cursor c, Code code, String scheme) {
        var lists = c.binding().codeLists();
        if (!code.scheme().equals(scheme) && !(scheme.equals("policy-area") && code.scheme().equals("policy-tag"))) {
            return fail(c, "'" + code + "' is not from the code list '" + scheme + "'");
        }
        if (!lists.hasScheme(code.scheme())) {
            return fail(c, "there is no code list '" + code.scheme() + "' in the vocabulary yet; leave this out");
        }
        if (!lists.contains(code)) {
            List<String> codes = lists.codes(code.scheme());
            return fail(c, "unknown code '" + code.code() + "' in " + code.scheme()
                    + Suggestions.nearest(code.code(), codes).map(s -> "; did you mean '" + s + "'?")
                    .orElse("; known codes: " + String.join(", ", codes)));
        }
        return Optional.of(code);
    }

    static List<Code> codes(Cursor c, String scheme) {
        return c.each(e -> code(e, scheme, false));
    }

    static Optional<Id> ref(Cursor c, Kind... kinds) {
        return c.string().flatMap(key -> {
            Optional<Binding.Entry> entry = c.binding().lookup(key);
            if (entry.isEmpty()) {
                return fail(c, "no " + names(kinds) + " with key '" + key + "'");
            }
            Id id = entry.get().id();
            if (!Arrays.asList(kinds).contains(id.kind())) {
                return fail(c, "'" + key + "' is a " + id.kind().segment() + " (" + entry.get().path()
                        + "), expected a " + names(kinds));
            }
            return Optional.of(id);
        });
    }

    static List<Id> refs(Cursor c, Kind... kinds) {
        return c.each(e -> ref(e, kinds));
    }

    private static String names(Kind... kinds) {
        return Arrays.stream(kinds).map(Kind::segment).collect(Collectors.joining(" or "));
    }

    static Optional<GeoName> geoName(Cursor c) {
        if (!c.present()) {
            return Optional.empty();
        }
        if (!c.node().canConvertToLong() || !c.node().isIntegralNumber()) {
            return fail(c, "expected a GeoNames id such as 587084 (Baku), found " + c.shape());
        }
        return build(c, () -> new GeoName(c.node().longValue()));
    }

    static <T> Optional<T> fail(Cursor c, String message) {
        c.problem(message);
        return Optional.empty();
    }
}
