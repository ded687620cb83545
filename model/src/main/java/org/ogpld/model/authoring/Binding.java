package org.ogpld.model.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogpld.model.Id;
import org.ogpld.model.Problem;
import org.ogpld.model.SlugMinter;
import org.ogpld.model.rdf.CodeLists;

/** What binding one authoring file shares: the file, the problems found so far, local keys, code lists. */
final class Binding {

    /** A local key and what it names. */
    record Entry(String key, Id id, String path) {
    }

    private final SourceDocument source;
    private final CodeLists codeLists;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Entry> keys = new HashMap<>();
    private final Map<Id, Cursor> places = new HashMap<>();
    private final SlugMinter minter = new SlugMinter();

    Binding(SourceDocument source, CodeLists codeLists) {
        this.source = source;
        this.codeLists = codeLists;
    }

    Cursor root() {
        return new Cursor(this, source.root(), "", "");
    }

    CodeLists codeLists() {
        return codeLists;
    }

    SlugMinter minter() {
        return minter;
    }

    void problem(Cursor at, String message) {
        problems.add(source.place(Problem.at(at.path(), message), at.pointer()));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Registers {@code key}; reports a key used twice. */
    void register(Cursor at, String key, Id id) {
        Entry previous = keys.putIfAbsent(key, new Entry(key, id, at.path()));
        if (previous != null) {
            problem(at, "key '" + key + "' is already used at " + previous.path() + "; keys must be unique in the file");
        } else {
            places.put(id, at);
        }
    }

    Optional<Entry> lookup(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    /** Where every resource was written, by id. */
    Map<Id, Cursor> places() {
        return Map.copyOf(places);
    }

    SourceDocument source() {
        return source;
    }
}
