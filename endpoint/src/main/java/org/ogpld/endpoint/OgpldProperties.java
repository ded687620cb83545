package org.ogpld.endpoint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of the endpoint, bound from Spring Boot properties under {@code ogpld.} (each also settable from
 * the environment, e.g. {@code OGPLD_STORE_LOCATION} for {@code ogpld.store.location}). The endpoint README
 * documents each one.
 *
 * @param base base IRI of the publication's data (part of the data: its IRIs are {@code {base}id/{kind}/{slug}},
 *             graphs {@code {base}graph/{slug}}); by default the canonical {@value #CANONICAL_BASE}
 * @param publicUrl where this server is reached (an absolute http(s) URL whose path is {@code /}); pages, harvest
 *             links, the catalogue and JSON-LD contexts point there; unset means {@code http://localhost:{port}/}
 * @param store where the TDB2 store lives
 * @param load files loaded, in one transaction, when the store is empty: authored publications ({@code .yaml},
 *             {@code .json}), the OGP commitments spreadsheet ({@code .csv}) and RDF files, each a path,
 *             {@code file:} or {@code classpath:} location, prefixed {@code optional:} where a missing file is fine;
 *             by default the examples
 * @param query query limits and switches
 * @param update update switches
 * @param security write credentials
 * @param cors cross-origin settings
 * @param limits request size limits
 */
@ConfigurationProperties("ogpld")
public record OgpldProperties(
        @DefaultValue(OgpldProperties.CANONICAL_BASE) String base,
        String publicUrl,
        @DefaultValue Store store,
        @DefaultValue({"classpath:org/ogpld/examples/seed/round-table-2017.yaml",
            "optional:../shared/data/ogp-commitments/open_parliament_0703.csv"}) List<String> load,
        @DefaultValue Query query,
        @DefaultValue Update update,
        @DefaultValue Security security,
        @DefaultValue Cors cors,
        @DefaultValue Limits limits) {

    /** The canonical base of OGP-LD data, where the w3id.org redirects of {@code docs/w3id/} answer. */
    public static final String CANONICAL_BASE = "https://w3id.org/ogp-ld/";

    public OgpldProperties {
        base = base.endsWith("/") ? base : base + "/";
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : PublicUrl.checked(publicUrl);
        load = List.copyOf(load);
    }

    /** The IRI of the named graph that receives writes addressed to the default graph. */
    public String defaultGraphWrites() {
        return base + "graph/default";
    }

    /**
     * @param location TDB2 folder
     * @param inMemory use a throwaway store instead of {@code location} (tests, demos): TDB2 in a scratch folder
     *                 removed when the application stops, not Jena's in-memory TDB2 (see {@code StoreLocation})
     */
    public record Store(@DefaultValue("./data/ogp") Path location, @DefaultValue("false") boolean inMemory) {}

    /**
     * @param timeout upper bound of every query's run time; a client's {@code timeout} parameter may only lower it
     * @param maxConcurrent queries running at once; more get 503 with {@code Retry-After}
     * @param allowService whether SPARQL {@code SERVICE} may call other endpoints
     * @param cacheSize memory for answers kept until the data changes; 0 keeps none
     * @param maxSize longest query text (UTF-8); longer ones get 413 before they are parsed
     * @param maxStringLength longest string (characters) that {@code CONCAT}, {@code REPLACE} or {@code GROUP_CONCAT} may build
     */
    public record Query(
            @DefaultValue("30s") Duration timeout,
            @DefaultValue("16") int maxConcurrent,
            @DefaultValue("false") boolean allowService,
            @DefaultValue("64MB") DataSize cacheSize,
            @DefaultValue("512KB") DataSize maxSize,
            @DefaultValue("4000000") long maxStringLength) {}

    /**
     * @param timeout longest an update may run; it is then cancelled and its transaction aborted
     * @param allowRemoteLoad whether {@code LOAD <http...>} may fetch from the network
     * @param loadFolder the only folder {@code LOAD <file:...>} may read from; unset means no local loads
     * @param maxSize longest update text (UTF-8); longer ones get 413 before they are parsed (bulk data goes
     *                through the graph store protocol, whose parsers stream)
     */
    public record Update(
            @DefaultValue("120s") Duration timeout,
            @DefaultValue("false") boolean allowRemoteLoad,
            Path loadFolder,
            @DefaultValue("5MB") DataSize maxSize) {}

    /**
     * @param token bearer token accepted for writes
     * @param users {@code user:password} pairs accepted with HTTP Basic for writes
     */
    public record Security(String token, @DefaultValue List<String> users) {
        public Security {
            users = List.copyOf(users);
        }

        /** Whether any write credential is configured. */
        public boolean writesEnabled() {
            return (token != null && !token.isBlank()) || !users.isEmpty();
        }
    }

    /** @param allowedOrigins origins allowed by CORS ({@code *} for any) */
    public record Cors(@DefaultValue("*") List<String> allowedOrigins) {}

    /** @param maxBodySize largest request body accepted; larger ones get 413 */
    public record Limits(@DefaultValue("10MB") DataSize maxBodySize) {}
}
