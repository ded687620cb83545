package org.ogpld.model;

import java.util.Optional;

/**
 * A postal address in the ISA Core Location vocabulary's terms.
 *
 * @param fullAddress       the whole address as one text, as it would be written on a letter
 * @param thoroughfare      the street
 * @param locatorDesignator the house number
 * @param postCode          the post code
 * @param postName          the city or town as written in the address
 * @param adminUnitL1       the country as written in the address
 */
public record Address(Text fullAddress, Optional<Text> thoroughfare, Optional<String> locatorDesignator,
                      Optional<String> postCode, Optional<Text> postName, Optional<Text> adminUnitL1) {

    public Address {
        Checks.required(fullAddress, "fullAddress");
        thoroughfare = Checks.optional(thoroughfare);
        locatorDesignator = Checks.nonBlank(locatorDesignator, "locatorDesignator");
        postCode = Checks.nonBlank(postCode, "postCode");
        postName = Checks.optional(postName);
        adminUnitL1 = Checks.optional(adminUnitL1);
    }

    /** An address given only as one text. */
    public static Address of(Text fullAddress) {
        return new Address(fullAddress, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
