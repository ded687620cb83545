package org.ogpld.model.rdf;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.ogpld.model.Address;
import org.ogpld.model.Iris;
import org.ogpld.model.Kind;
import org.ogpld.model.Place;
import org.ogpld.model.PlaceKind;
import org.ogpld.vocab.LOCN;
import org.ogpld.vocab.SCHEMA;

/**
 * {@link Place} ⇄ {@code schema:Place} (and {@code schema:Hotel} …), with a {@code locn:Address}
 * ({@code {place}#address}) and {@code schema:containedInPlace} links to GeoNames.
 */
public final class PlaceMapping {

    private static final Map<PlaceKind, Resource> CLASSES = Map.of(
            PlaceKind.HOTEL, SCHEMA.Hotel, PlaceKind.GOVERNMENT_BUILDING, Terms.GovernmentBuilding);

    private final Iris iris;

    public PlaceMapping(Iris iris) {
        this.iris = iris;
    }

    public void write(Place p, Model model) {
        RdfOut out = new RdfOut(model, iris);
        Resource s = out.resource(p.id());
        out.types(s, SCHEMA.Place);
        Optional.ofNullable(CLASSES.get(p.kind())).ifPresent(c -> out.types(s, c));
        out.text(s, SCHEMA.name, p.name());
        p.address().ifPresent(a -> writeAddress(a, s, out));
        p.containedIn().forEach(g -> out.geoName(s, SCHEMA.containedInPlace, g));
    }

    private static void writeAddress(Address a, Resource place, RdfOut out) {
        Resource s = out.part(place, "address");
        out.model().add(place, LOCN.address, s);
        out.types(s, LOCN.Address);
        out.text(s, LOCN.fullAddress, a.fullAddress());
        out.text(s, LOCN.thoroughfare, a.thoroughfare());
        out.plain(s, LOCN.locatorDesignator, a.locatorDesignator());
        out.plain(s, LOCN.postCode, a.postCode());
        out.text(s, LOCN.postName, a.postName());
        out.text(s, LOCN.adminUnitL1, a.adminUnitL1());
    }

    public Place read(Resource s) {
        RdfIn in = new RdfIn(iris);
        PlaceKind kind = CLASSES.entrySet().stream().filter(e -> s.hasProperty(RDF.type, e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse(PlaceKind.PLACE);
        Optional<Address> address = in.single(s, LOCN.address)
                .map(n -> readAddress(in.iriNode(s, LOCN.address, n), in));
        return RdfIn.construct(s, () -> new Place(in.id(s, Kind.PLACE), kind, in.text(s, SCHEMA.name), address,
                in.geoNames(s, SCHEMA.containedInPlace)));
    }

    private static Address readAddress(Resource s, RdfIn in) {
        return RdfIn.construct(s, () -> new Address(in.text(s, LOCN.fullAddress),
                in.optionalText(s, LOCN.thoroughfare), in.string(s, LOCN.locatorDesignator),
                in.string(s, LOCN.postCode), in.optionalText(s, LOCN.postName), in.optionalText(s, LOCN.adminUnitL1)));
    }
}
