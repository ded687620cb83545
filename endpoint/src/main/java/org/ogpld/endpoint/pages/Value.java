package org.ogpld.endpoint.pages;

/**
 * One value as a page shows it: its text, the language of that text when the page must say so (it is not the
 * page's), and where it links to: a page of this server, or an external http(s) IRI; never any other scheme.
 *
 * @param text what is shown, escaped by the template
 * @param lang the text's language tag, or {@code null} when it is the page's or has none
 * @param href the link, or {@code null}
 */
public record Value(String text, String lang, String href) {

    /** Whether the link leaves this server. */
    public boolean external() {
        return href != null && !href.startsWith("/");
    }
}
