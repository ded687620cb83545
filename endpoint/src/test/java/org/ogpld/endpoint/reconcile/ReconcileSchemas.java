package org.ogpld.endpoint.reconcile;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The Reconciliation Service API 0.2 JSON schemas, read from the test resources (see the README beside them):
 * their {@code $id}s are mapped to the classpath and nothing is fetched from the network. The schemas declare
 * {@code http://json-schema.org/schema#} (the latest draft when they were written, 2019); they are read as draft-07.
 */
final class ReconcileSchemas {

    static final String ID = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    private static final String FOLDER = "classpath:org/ogpld/endpoint/reconcile/schemas/";

    /** Every {@code $schema} is read as draft-07 under its own id, so no meta-schema is looked up. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder
                    .dialectRegistry((id, registry) -> Dialect.builder(id, Dialects.getDraft7()).build())
                    .schemaIdResolvers(resolvers -> resolvers
                            .mapPrefix(ID, FOLDER)
                            .mapPrefix("https://reconciliation-api.github.io/specs/draft/schemas/", FOLDER)));

    private ReconcileSchemas() {}

    /** The errors of {@code json} against schema {@code name} ({@code manifest}...), each with its JSON path. */
    static List<String> errors(String name, JsonNode json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(ID + name + ".json"));
        return schema.validate(json).stream().map(Error::toString).toList();
    }
}
