package org.ogpld.model;

/** What sort of organisation something is; it decides the organisation's RDF classes. */
public enum OrganisationKind {
    /** A public body: ministry, commission, agency, embassy ({@code cv:PublicOrganisation}). */
    PUBLIC_ORGANISATION,
    /** A national or local government taking part in OGP ({@code ogp:OgpMember}, a public organisation). */
    OGP_MEMBER,
    /** A non-governmental organisation: foundation, association, civil-society group ({@code schema:NGO}). */
    NGO,
    /** Any other formal organisation, e.g. a company or an international body ({@code org:FormalOrganization}). */
    FORMAL_ORGANISATION,
    /** A programme, project, platform or coalition of organisations ({@code org:OrganizationalCollaboration}). */
    COLLABORATION,
    /** A department or service centre of another organisation ({@code org:OrganizationalUnit}). */
    UNIT
}
