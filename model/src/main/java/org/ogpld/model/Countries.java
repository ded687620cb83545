package org.ogpld.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Country codes of OGP members, and the EU Publications Office country authority they link to. A national member's
 * OGP code is its ISO 3166-1 alpha-3 code ({@code AZE}); a local member's code is its country's alpha-2 code and two
 * letters of its own ({@code ARBA}, Buenos Aires in Argentina; {@code GBSC}, Scotland). Kosovo's {@code XKX} is
 * not an ISO code (ISO leaves X codes to users) but is the EU authority's code for Kosovo.
 */
public final class Countries {

    /** The EU Publications Office country authority, {@code …/country/AZE}. */
    public static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    /** ISO 3166-1 alpha-3 country codes ({@code AZE}). */
    public static final String ISO_ALPHA3 = "iso-3166-1-alpha-3";
    /** ISO 3166-1 alpha-2 country codes ({@code AZ}). */
    public static final String ISO_ALPHA2 = "iso-3166-1-alpha-2";

    private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    private static final Set<String> ALPHA2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    /** Codes the EU authority uses beyond ISO 3166-1. */
    private static final Set<String> EU_ONLY = Set.of("XKX");

    private Countries() {
    }

    /** The alpha-3 code of an ISO 3166-1 alpha-2 code ({@code AR} → {@code ARG}), if ISO has it. */
    public static Optional<String> alpha3(String alpha2) {
        String code = alpha2.toUpperCase(Locale.ROOT);
        return ALPHA2.contains(code) ? Optional.of(iso3(code)) : Optional.empty();
    }

    /** The alpha-2 code of an ISO 3166-1 alpha-3 code ({@code AZE} → {@code AZ}), if ISO has it. */
    public static Optional<String> alpha2(String alpha3) {
        String code = alpha3.toUpperCase(Locale.ROOT);
        return ALPHA2.stream().filter(a2 -> iso3(a2).equals(code)).findFirst();
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-3 code. */
    public static boolean isAlpha3(String code) {
        return ALPHA3.contains(code);
    }

    /**
     * The country of an OGP member code, as the EU authority codes it: the code itself for a national member
     * ({@code AZE}), the country of a local one ({@code ARBA} → {@code ARG}); empty for a code of neither shape.
     */
    public static Optional<String> ofOgpMember(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (ALPHA3.contains(upper) || EU_ONLY.contains(upper)) {
            return Optional.of(upper);
        }
        return upper.length() == 4 ? alpha3(upper.substring(0, 2)) : Optional.empty();
    }

    private static String iso3(String alpha2) {
        return new Locale.Builder().setRegion(alpha2).build().getISO3Country();
    }

    /** The EU authority IRI of a country code. */
    public static String euCountry(String alpha3) {
        return EU_COUNTRY + alpha3.toUpperCase(Locale.ROOT);
    }
}
