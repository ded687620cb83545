package org.ogpld.model;

/** What sort of document something is; it decides the document's schema.org class. */
public enum DocumentKind {
    /** A press release or news item ({@code schema:NewsArticle}). */
    PRESS_RELEASE,
    /** A report, e.g. of a study ({@code schema:Report}). */
    REPORT,
    /** A plan or strategy, often a draft ({@code schema:CreativeWork}). */
    PLAN,
    /** A dataset or spreadsheet ({@code schema:Dataset}). */
    DATASET,
    /** Any other document ({@code schema:CreativeWork}). */
    OTHER
}
