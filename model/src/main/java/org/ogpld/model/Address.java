package org.ogpld.model;

import java.util.Optional;

/**
 * A postal address in the ISA Core Location vocabulary's terms.
 *
 * @param fullAddress       the whole address as one text
 * @param thoroughfare      the street
 * @param locatorDesignator the house number
 * @param postCode          the post code
 * @param postName          the city or town as written in the address
 * @param adminUnitL1       the country as written in the address
 */
public record Address(Optional<Text> fullAddress, Optional<Text> thoroughfare, Optional<String> locatorDesignator,
                      Optional<String> postCode, Optional<Text> postName, Optional<Text> adminUnitL1) {

    public Address {
        fullAddress = Checks.optional(fullAddress);
        thoroughfare = Checks.optional(thoroughfare);
        locatorDesignator = Checks.nonBlank(locatorDesignator, "locatorDesignator");
        postCode = Checks.nonBlank(postCode, "postCode");
        postName = Checks.optional(postName);
        adminUnitL1 = Checks.optional(adminUnitL1);
        if (fullAddress.isEmpty() && thoroughfare.isEmpty() && locatorDesignator.isEmpty() && postCode.isEmpty()
                && postName.isEmpty() && adminUnitL1.isEmpty()) {
            throw new IllegalArgumentException("an address needs at least one part");
        }
    }

    /** An address with only a city and a country as written. */
    public static Address of(Text postName, Text adminUnitL1) {
        return new Address(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(postName), Optional.ofNullable(adminUnitL1));
    }
}
