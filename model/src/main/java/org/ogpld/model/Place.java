package org.ogpld.model;

import java.util.Optional;

/**
 * A place where something happens, such as a hotel where a round table was held, linked to its city and country
 * in GeoNames.
 *
 * @param id      a {@link Kind#PLACE} id
 * @param kind    what sort of place
 * @param name    its name in each language
 * @param address its postal address
 * @param city    the city it is in
 * @param country the country it is in
 */
public record Place(Id id, PlaceKind kind, Text name, Optional<Address> address, Optional<GeoName> city,
                    Optional<GeoName> country) {

    public Place {
        Checks.kind(id, Kind.PLACE, "id");
        Checks.required(kind, "kind");
        Checks.required(name, "name");
        address = Checks.optional(address);
        city = Checks.optional(city);
        country = Checks.optional(country);
    }
}
