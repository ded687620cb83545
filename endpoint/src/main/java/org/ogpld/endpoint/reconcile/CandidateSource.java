package org.ogpld.endpoint.reconcile;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where a query's candidates come from: the entities of the wanted types that share at least one folded word,
 * transliteration key or identifier with the query, or all of them when the query has no text. The scorer ranks
 * them; a source only needs to miss none worth ranking. {@link TokenIndex} keeps them in memory; a full-text
 * index can stand in for it.
 */
interface CandidateSource {

    /**
     * @param tokens the query's {@link Folding#tokens}, empty for a query of properties only
     * @param compact the query {@link Folding#compact compact}, for identifiers
     * @param types the wanted types, empty for any
     */
    Collection<Profile> candidates(List<String> tokens, String compact, Set<EntityType> types);

    /** Every entity of the source, in IRI order. */
    List<Profile> all();
}
