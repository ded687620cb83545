package org.ogpld.endpoint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;

/** Endpoint settings for unit tests: the defaults, with the parts a test cares about. */
public final class TestProperties {

    public static final OgpldProperties.Query QUERY = new OgpldProperties.Query(Duration.ofSeconds(30), 4, false,
            DataSize.ofMegabytes(1), DataSize.ofKilobytes(512), 4_000_000);
    public static final OgpldProperties.Update UPDATE = new OgpldProperties.Update(Duration.ofSeconds(60), false, null,
            DataSize.ofMegabytes(5));
    public static final OgpldProperties.Security NO_CREDENTIALS = new OgpldProperties.Security(null, List.of());

    private TestProperties() {}

    public static OgpldProperties of(String base, OgpldProperties.Query query, OgpldProperties.Update update,
            OgpldProperties.Security security) {
        return new OgpldProperties(base, null, new OgpldProperties.Store(Path.of("unused"), true), List.of(), query,
                update, security, new OgpldProperties.Cors(List.of("*")),
                new OgpldProperties.Limits(DataSize.ofMegabytes(1)));
    }

    /** The defaults, with this public URL (null: unset). */
    public static OgpldProperties withPublicUrl(String publicUrl) {
        return new OgpldProperties(OgpldProperties.CANONICAL_BASE, publicUrl,
                new OgpldProperties.Store(Path.of("unused"), true), List.of(), QUERY, UPDATE, NO_CREDENTIALS,
                new OgpldProperties.Cors(List.of("*")), new OgpldProperties.Limits(DataSize.ofMegabytes(1)));
    }

    /** The defaults, with this store. */
    public static OgpldProperties of(OgpldProperties.Store store) {
        return new OgpldProperties(OgpldProperties.CANONICAL_BASE, null, store, List.of(), QUERY, UPDATE,
                NO_CREDENTIALS, new OgpldProperties.Cors(List.of("*")),
                new OgpldProperties.Limits(DataSize.ofMegabytes(1)));
    }
}
