package org.ogpld.model.rdf;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Code;
import org.ogpld.vocab.Vocab;

/** The concepts of the OGP-LD code lists, for checking that a code exists. */
public final class CodeLists {

    private static final CodeLists VOCABULARY = new CodeLists(Vocab.codeLists());

    private final Map<String, Set<String>> codes = new TreeMap<>();

    /** The code lists in {@code model}: every {@code skos:Concept} in the code namespace. */
    public CodeLists(Model model) {
        model.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(concept -> {
            if (concept.isURIResource()) {
                Code.fromIri(concept.getURI()).ifPresent(
                        c -> codes.computeIfAbsent(c.scheme(), s -> new TreeSet<>()).add(c.code()));
            }
        });
    }

    /** The code lists of the vocabulary module. */
    public static CodeLists vocabulary() {
        return VOCABULARY;
    }

    public boolean contains(Code code) {
        return codes.getOrDefault(code.scheme(), Set.of()).contains(code.code());
    }

    public boolean hasScheme(String scheme) {
        return codes.containsKey(scheme);
    }

    /** The codes of {@code scheme}, sorted; empty for an unknown scheme. */
    public List<String> codes(String scheme) {
        return List.copyOf(codes.getOrDefault(scheme, Set.of()));
    }
}
