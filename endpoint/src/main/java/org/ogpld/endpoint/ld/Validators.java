package org.ogpld.endpoint.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ogpld.endpoint.store.StoreGeneration;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code ETag} and {@code Last-Modified} for responses derived from the store: both change when a write commits.
 * The tags are weak, as the same content may be sent gzipped or not (and Tomcat compresses no strongly tagged
 * response).
 * A matching {@code If-None-Match} (or, without it, {@code If-Modified-Since}) gets 304 Not Modified.
 */
@Component
public class Validators {

    private final StoreGeneration generation;

    Validators(StoreGeneration generation) {
        this.generation = generation;
    }

    /**
     * Sets the validators of a representation and answers whether the client's copy is current, in which case the
     * response is already a 304 and nothing more must be written.
     *
     * @param variant what distinguishes this representation from others of the same URL (format, language)
     */
    public boolean notModified(String variant, HttpServletRequest request, HttpServletResponse response) {
        String etag = "W/\"" + generation.tag() + (variant.isEmpty() ? "" : "-" + variant) + "\"";
        return new ServletWebRequest(request, response)
                .checkNotModified(etag, generation.lastModified().toEpochMilli());
    }
}
