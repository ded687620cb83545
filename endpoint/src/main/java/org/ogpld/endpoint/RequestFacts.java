package org.ogpld.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an operation tells the request log and metrics about itself, carried as request attributes: its kind
 * ({@code query}, {@code update}, {@code gsp-read}...), a hash of the query text, the rows it returned and
 * whether it timed out.
 */
public final class RequestFacts {

    private static final String OPERATION = RequestFacts.class.getName() + ".operation";
    private static final String QUERY_HASH = RequestFacts.class.getName() + ".queryHash";
    private static final String ROWS = RequestFacts.class.getName() + ".rows";
    private static final String TIMEOUT = RequestFacts.class.getName() + ".timeout";

    private RequestFacts() {}

    public static void operation(HttpServletRequest request, String operation) {
        request.setAttribute(OPERATION, operation);
    }

    /** Records a short SHA-256 of the query or update text: enough to group requests, never the text itself. */
    public static void queryText(HttpServletRequest request, String text) {
        request.setAttribute(QUERY_HASH, hash(text));
    }

    public static void rows(HttpServletRequest request, long rows) {
        request.setAttribute(ROWS, rows);
    }

    public static void markTimeout(HttpServletRequest request) {
        request.setAttribute(TIMEOUT, Boolean.TRUE);
    }

    public static String operation(HttpServletRequest request) {
        Object value = request.getAttribute(OPERATION);
        return value == null ? "other" : value.toString();
    }

    public static String queryHash(HttpServletRequest request) {
        Object value = request.getAttribute(QUERY_HASH);
        return value == null ? "-" : value.toString();
    }

    public static long rows(HttpServletRequest request) {
        Object value = request.getAttribute(ROWS);
        return value instanceof Long rows ? rows : -1;
    }

    public static boolean timedOut(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(TIMEOUT));
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }
}
