package org.ogpld.model;

import java.util.Optional;
import java.util.Set;

/**
 * A place where something happens, such as a hotel where a round table was held, linked to its city and country
 * in GeoNames.
 *
 * @param id      a {@link Kind#PLACE} id
 * @param kind    what sort of place
 * @param name    its name in each language
 * @param address its postal address
 * @param containedIn the city, country or region it is in, in GeoNames (e.g. {@link GeoName#BAKU})
 */
public record Place(Id id, PlaceKind kind, Text name, Optional<Address> address, Set<GeoName> containedIn) {

    public Place {
        Checks.kind(id, Kind.PLACE, "id");
        Checks.required(kind, "kind");
        Checks.required(name, "name");
        address = Checks.optional(address);
        containedIn = Checks.sortedSet(containedIn, "containedIn");
    }
}
