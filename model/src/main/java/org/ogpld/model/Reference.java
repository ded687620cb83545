package org.ogpld.model;

/**
 * One reference from a field of a publication to a resource, for checking that every reference resolves.
 *
 * @param path   where the reference is, e.g. {@code events[event/round-table].talks[2].speaker}
 * @param target the id referred to
 */
public record Reference(String path, Id target) {
}
