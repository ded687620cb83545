package org.ogpld.model;

/** A value that a source states and a {@link Claim} records: a date, a count or a text in one language. */
public sealed interface ClaimValue permits DateValue, Count, LangString {
}
