package org.ogpld.endpoint.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resource that can be a reconciliation candidate, as read from the store.
 *
 * @param iri its IRI
 * @param id its identifier in the service, {@code {kind}/{slug}} ({@code person/kamal-cafarov-…})
 * @param name the name shown: the Azerbaijani original where there is one, else English, else any
 * @param description what tells it from namesakes (its kind, member, plan)
 * @param types the types it has
 * @param names every name it goes by (labels, alternative names, titles, acronyms), as written
 * @param identifiers its identifiers as written ({@code AL0002}, {@code AZE})
 * @param facts values a query's property constraints compare with, by property id ({@code member} gives the
 *              member's names and codes)
 * @param graphs the named graphs (sources) that describe it
 */
record Entity(String iri, String id, String name, String description, Set<EntityType> types, List<String> names,
        List<String> identifiers, Map<String, List<String>> facts, Set<String> graphs) {

    Entity {
        types = Set.copyOf(types);
        names = List.copyOf(names);
        identifiers = List.copyOf(identifiers);
        facts = Map.copyOf(facts);
        graphs = Set.copyOf(graphs);
    }

    boolean has(EntityType type) {
        return types.contains(type);
    }
}
