package org.ogpld.model.imports.popolo;

import java.util.Locale;
import java.util.Map;
import org.ogpld.model.OrganisationKind;

/**
 * Popolo's free-text organization {@code classification} and OGP-LD's organisation kinds. Known words give a kind
 * (legislature, ministry → public organisation; party → formal organisation; NGO, foundation → NGO …); any other
 * classification gives a formal organisation. The classification itself is always kept. Exported organisations
 * carry their kind's own word, which imports back to the same kind.
 */
final class OrganisationKinds {

    private static final Map<OrganisationKind, String> WORDS = Map.of(
            OrganisationKind.PUBLIC_ORGANISATION, "public organisation",
            OrganisationKind.OGP_MEMBER, "ogp member",
            OrganisationKind.NGO, "ngo",
            OrganisationKind.FORMAL_ORGANISATION, "formal organisation",
            OrganisationKind.COLLABORATION, "collaboration",
            OrganisationKind.UNIT, "unit");
    private static final Map<String, OrganisationKind> KNOWN = Map.ofEntries(
            Map.entry("public organisation", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("public organization", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("legislature", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("parliament", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("chamber", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("executive", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("government", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("ministry", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("agency", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("commission", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("court", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("judiciary", OrganisationKind.PUBLIC_ORGANISATION),
            Map.entry("ogp member", OrganisationKind.OGP_MEMBER),
            Map.entry("ngo", OrganisationKind.NGO),
            Map.entry("non-governmental organization", OrganisationKind.NGO),
            Map.entry("non-governmental organisation", OrganisationKind.NGO),
            Map.entry("civil society", OrganisationKind.NGO),
            Map.entry("foundation", OrganisationKind.NGO),
            Map.entry("association", OrganisationKind.NGO),
            Map.entry("collaboration", OrganisationKind.COLLABORATION),
            Map.entry("programme", OrganisationKind.COLLABORATION),
            Map.entry("project", OrganisationKind.COLLABORATION),
            Map.entry("platform", OrganisationKind.COLLABORATION),
            Map.entry("coalition", OrganisationKind.COLLABORATION),
            Map.entry("unit", OrganisationKind.UNIT),
            Map.entry("committee", OrganisationKind.UNIT),
            Map.entry("department", OrganisationKind.UNIT));

    private OrganisationKinds() {
    }

    /** The kind for a classification; units need a parent, so without one they are public organisations. */
    static OrganisationKind of(String classification, boolean hasParent) {
        OrganisationKind kind = KNOWN.getOrDefault(classification.strip().toLowerCase(Locale.ROOT),
                OrganisationKind.FORMAL_ORGANISATION);
        return kind == OrganisationKind.UNIT && !hasParent ? OrganisationKind.PUBLIC_ORGANISATION : kind;
    }

    /** The classification an exported organisation of {@code kind} gets. */
    static String word(OrganisationKind kind) {
        return WORDS.get(kind);
    }
}
