package org.ogpld.endpoint.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.ogpld.model.Id;

/** Writes the HTML pages of Linked Data responses; implemented by the pages feature. */
public interface HtmlPages {

    /** The page of a resource the store holds, from its description. */
    void resource(Id id, String iri, Graph description, HttpServletRequest request, HttpServletResponse response);

    /** The 404 page for a path that names nothing the store holds. */
    void notFound(String what, HttpServletRequest request, HttpServletResponse response);

    /** The vocabulary's documentation ({@code /ns}) in the site's layout, with a table of contents. */
    void vocabulary(HttpServletRequest request, HttpServletResponse response);
}
