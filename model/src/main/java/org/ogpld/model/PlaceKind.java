package org.ogpld.model;

/** What sort of place a venue is; it decides the place's schema.org class. */
public enum PlaceKind {
    /** Any place ({@code schema:Place}). */
    PLACE,
    /** A hotel ({@code schema:Hotel}). */
    HOTEL,
    /** A public building or government office ({@code schema:GovernmentBuilding}). */
    GOVERNMENT_BUILDING
}
