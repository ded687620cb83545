package org.ogpld.endpoint.conformance;

import java.util.List;
import java.util.Map;

/**
 * One {@code ht:Request} of a W3C manifest with the response it expects.
 *
 * @param method HTTP method
 * @param path {@code ht:absolutePath}, before rewriting
 * @param headers request headers
 * @param body body text, or null
 * @param bodyEncoding {@code cnt:characterEncoding} of the body
 * @param expectedStatuses acceptable statuses: exact codes, or 2xx/3xx/4xx classes as 200/300/400 with
 *     {@code classes} true
 * @param statusClasses status classes (2, 3, 4...) accepted
 * @param expectedBoolean {@code mf:expectedBoolean}, or null
 * @param expectedFormat {@code mf:expectedFormat} ("boolean", "tabular", "RDF"), or null
 * @param expectedLocation {@code mf:expectedLocation} template variable, or null
 * @param expectedContentType the response {@code content-type} header expected, or null
 * @param expectedBody the response body expected (compared as RDF graphs), or null
 */
record HtRequest(String method, String path, Map<String, String> headers, String body, String bodyEncoding,
        List<Integer> expectedStatuses, List<Integer> statusClasses, Boolean expectedBoolean, String expectedFormat,
        String expectedLocation, String expectedContentType, String expectedBody) {

    boolean accepts(int status) {
        return expectedStatuses.contains(status) || statusClasses.contains(status / 100);
    }
}
