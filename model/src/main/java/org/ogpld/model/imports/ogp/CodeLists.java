package org.ogpld.model.imports.ogp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.ogpld.model.Code;
import org.ogpld.model.Schemes;
import org.ogpld.vocab.OGPCode;
import org.ogpld.vocab.Vocab;

/**
 * The spreadsheet's words as the vocabulary's code lists define them: every concept's {@code skos:notation} is the
 * cell text (or, for policy areas, tags and OGP values, the column header) that stands for it. Nothing here repeats
 * the lists; they are read from {@link Vocab#codeLists()}.
 */
final class CodeLists {

    private static final CodeLists INSTANCE = new CodeLists(Vocab.codeLists());

    private final Map<String, Map<String, Code>> byScheme = new LinkedHashMap<>();

    private CodeLists(Model codes) {
        codes.listSubjectsWithProperty(SKOS.inScheme).forEach(concept -> {
            Optional<Code> code = Code.fromIri(concept.getURI());
            Resource scheme = concept.getPropertyResourceValue(SKOS.inScheme);
            if (code.isEmpty() || scheme == null) {
                return;
            }
            Map<String, Code> notations = byScheme.computeIfAbsent(code.get().scheme(), s -> new LinkedHashMap<>());
            concept.listProperties(SKOS.notation).mapWith(s -> s.getObject()).filterKeep(RDFNode::isLiteral)
                    .forEach(n -> notations.put(n.asLiteral().getLexicalForm(), code.get()));
        });
    }

    static CodeLists get() {
        return INSTANCE;
    }

    /** The concept of {@code scheme} whose notation is exactly {@code notation}. */
    Optional<Code> find(String scheme, String notation) {
        return Optional.ofNullable(notations(scheme).get(notation));
    }

    /** Notation to concept for one code list; empty for an unknown list. */
    Map<String, Code> notations(String scheme) {
        return Collections.unmodifiableMap(byScheme.getOrDefault(scheme, Map.of()));
    }

    /** The flag columns: the notations of the policy areas, then of the policy tags. */
    Map<String, Code> flagColumns() {
        Map<String, Code> columns = new LinkedHashMap<>(notations(Schemes.POLICY_AREA));
        columns.putAll(notations(Schemes.POLICY_TAG));
        return columns;
    }

    /** The OGP-value columns: {@code "OGP Value " + notation}. */
    Map<String, Code> valueColumns() {
        Map<String, Code> columns = new LinkedHashMap<>();
        notations(Schemes.OGP_VALUE).forEach((notation, code) -> columns.put(Columns.OGP_VALUE_PREFIX + notation, code));
        return columns;
    }

    /** The scheme name of a vocabulary code-list constant, e.g. {@code ogp-region}. */
    static String scheme(Resource codeList) {
        return codeList.getURI().substring(OGPCode.NS.length());
    }
}
