package org.ogpld.endpoint.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.text.TextHit;
import org.ogpld.endpoint.ld.DataIris;
import org.ogpld.model.Id;
import org.ogpld.model.text.NameFolding;
import org.springframework.stereotype.Service;

/**
 * Full-text search of the publication's resources through the store's text index: every word must match (in any
 * indexed name, title, description or identifier, in either language, diacritics and transliteration folded),
 * results ranked by Lucene's score, a part ({@code {iri}#talk-1}) counting for its owner, optionally of one kind,
 * paged.
 *
 * <pre>{@code Results page = search.find("Kamal Jafarov", Optional.empty(), 1);}</pre>
 */
@Service
public class TextSearch {

    /** The longest search text read; the rest is ignored. */
    public static final int MAX_LENGTH = 200;
    private static final int MAX_WORDS = 12;

    private final StoreTextIndex index;
    private final DataIris iris;
    private final SearchProperties properties;

    TextSearch(StoreTextIndex index, DataIris iris, SearchProperties properties) {
        this.index = index;
        this.iris = iris;
        this.properties = properties;
    }

    /**
     * One page of results.
     *
     * @param ids the resources of this page, best first
     * @param total how many resources match (at least this many when {@code capped})
     * @param capped whether the search stopped at {@code ogpld.search.max-hits} index documents
     * @param page this page's number, from 1
     * @param pageSize results per page
     */
    public record Results(List<Id> ids, int total, boolean capped, int page, int pageSize) {

        /** The number of the last page (1 when nothing was found). */
        public int lastPage() {
            return Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    /** The {@code page}-th page (from 1) of the resources matching every word of {@code text}, of {@code kind} if given. */
    public Results find(String text, Optional<String> kind, int page) {
        String query = luceneQuery(text);
        int size = properties.pageSize();
        if (query.isEmpty()) {
            return new Results(List.of(), 0, false, 1, size);
        }
        List<TextHit> hits = index.index().query(null, query, null, null, properties.maxHits());
        Set<Id> owners = new LinkedHashSet<>();
        for (TextHit hit : hits) {
            if (hit.getNode().isURI()) {
                iris.owner(hit.getNode().getURI())
                        .filter(id -> kind.isEmpty() || id.kind().segment().equals(kind.get()))
                        .ifPresent(owners::add);
            }
        }
        List<Id> all = new ArrayList<>(owners);
        int from = Math.min(all.size(), (Math.max(1, page) - 1) * size);
        return new Results(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), all.size(),
                hits.size() >= properties.maxHits(), Math.max(1, page), size);
    }

    /** Every folded word required; words are letters and digits only, so nothing needs escaping. */
    static String luceneQuery(String text) {
        String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        return NameFolding.words(cut).stream().limit(MAX_WORDS).map(word -> "+" + word)
                .collect(Collectors.joining(" "));
    }
}
