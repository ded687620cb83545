package org.ogpld.model.imports.popolo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.security.DigestInputStream;
import org.ogpld.model.Id;
import org.ogpld.model.LanguageTags;
import org.ogpld.model.Slugs;
import org.ogpld.model.imports.ImportException;
import org.ogpld.model.imports.Imported;
import org.ogpld.model.imports.Problems;
import org.ogpld.model.imports.SourceDigest;

/**
 * Imports a Popolo JSON document ({@code persons}, {@code organizations}, {@code memberships}, {@code posts},
 * {@code events}, {@code areas}, with their other names, identifiers, contact details and links) into one
 * publication named after its source: the legislature it describes (the one organization classified
 * {@code legislature}, by name and Popolo id) and the digest of its content, since a Popolo export names no date of
 * its own and EveryPolitician calls every export {@code ep-popolo-v1.0.json}. Objects without a Wikidata id are
 * minted in the legislature's scope, or the content's if the document has no single legislature. See
 * {@code model/IMPORTS.md} for the mapping of every Popolo field and {@code model/README.md} for the minting rules.
 *
 * <pre>{@code
 * Imported imported = PopoloImporter.builder().build().read(Path.of("ep-popolo-v1.0.json"));
 * }</pre>
 *
 * <p>Strict (the default): any problem that would publish wrong or incomplete data (a reference to an object the
 * document lacks, a bad date) throws an {@link ImportException} listing them all, and nothing is imported.
 * Lenient: an object without what it cannot do without (a name; a membership's member and organisation) is left
 * out, a bad optional field is dropped, and the problems are returned in {@link Imported#rejected()}. In either
 * mode, what publishes nothing wrong (an unknown top-level collection, left out; a URL with brackets in its
 * path, percent-encoded) is a warning in {@link Imported#warnings()}.
 */
public final class PopoloImporter {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final boolean lenient;
    private final String language;

    private PopoloImporter(Builder builder) {
        this.lenient = builder.lenient;
        this.language = builder.language;
    }

    /** A builder: strict, names of unknown language taken as English. */
    public static Builder builder() {
        return new Builder();
    }

    /** Imports {@code file}; the publication is named after its legislature and content. */
    public Imported read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Imports the Popolo JSON {@code in}; problems name {@code location} (a path, or a name), the publication's
     * title its file name (the last segment of {@code location}).
     */
    public Imported read(InputStream in, String location) throws IOException {
        String fileName = location.substring(location.lastIndexOf('/') + 1);
        Problems problems = new Problems(location);
        JsonNode root;
        SourceDigest digest = new SourceDigest();
        try {
            root = JSON.readTree(new DigestInputStream(in, digest.digest()));
        } catch (JsonProcessingException e) {
            problems.add(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "document", null, null,
                    "not JSON: " + e.getOriginalMessage());
            throw new ImportException(problems.list());
        }
        if (root == null || !root.isObject()) {
            problems.add(1, "document", null, null, "expected a Popolo document: an object with arrays such as "
                    + "persons, organizations and memberships");
            throw new ImportException(problems.list());
        }
        String content = digest.shortHex();
        Optional<String> legislature = legislature(root);
        String scope = legislature.orElse("popolo-" + content);
        PopoloSupplement.Result result = new PopoloReader(new Reading(problems, language, scope))
                .read(root, fileName, legislature.map(l -> Slugs.scoped("popolo", l, content)).orElse(scope));
        if (!lenient) {
            problems.throwIfAny();
        }
        Map<Id, String> origins = new HashMap<>();
        result.origins().forEach((id, path) -> origins.put(id, location + ": " + path));
        return new Imported(result.publication(), result.supplement(), lenient ? problems.list() : List.of(),
                problems.warnings(), origins);
    }

    /**
     * The scope of the document's legislature, its name and a digest of its Popolo id
     * ({@code national-assembly-5f1c2d3e}): stable across exports of one legislature, different between
     * legislatures of one name. Empty unless exactly one organization is classified {@code legislature}.
     */
    static Optional<String> legislature(JsonNode root) {
        List<JsonNode> legislatures = new java.util.ArrayList<>();
        root.path("organizations").forEach(o -> {
            if ("legislature".equalsIgnoreCase(o.path("classification").asText()) && o.path("id").isTextual()
                    && o.path("name").isTextual() && !o.path("name").asText().isBlank()) {
                legislatures.add(o);
            }
        });
        if (legislatures.size() != 1) {
            return Optional.empty();
        }
        JsonNode legislature = legislatures.get(0);
        return Optional.of(Slugs.scoped(legislature.path("name").asText(),
                Slugs.shortHash(legislature.path("id").asText())));
    }

    /** Builds a {@link PopoloImporter}. */
    public static final class Builder {
        private boolean lenient;
        private String language = "en";

        private Builder() {
        }

        /** Whether to import what is good and report the rest, rather than import nothing. */
        public Builder lenient(boolean value) {
            this.lenient = value;
            return this;
        }

        /** The language of names that neither their other names nor their letters place ({@code en} or {@code az}). */
        public Builder language(String tag) {
            Objects.requireNonNull(tag, "language");
            if (!tag.equals("az") && !tag.equals("en")) {
                throw new IllegalArgumentException("language must be 'az' or 'en' (the languages OGP-LD publishes"
                        + " names in), not '" + tag + "'");
            }
            this.language = LanguageTags.canonical(tag);
            return this;
        }

        public PopoloImporter build() {
            return new PopoloImporter(this);
        }
    }
}
