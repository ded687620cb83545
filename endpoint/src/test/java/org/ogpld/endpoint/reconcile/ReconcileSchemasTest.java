package org.ogpld.endpoint.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The committed schemas work as a validator: the specification's own valid and invalid examples tell apart. */
class ReconcileSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aMinimalManifestIsValidAndOneWithoutVersionsIsNot() {
        assertThat(ReconcileSchemas.errors("manifest", JSON.readTree("""
                {"versions": ["0.2"], "name": "x", "identifierSpace": "http://a/", "schemaSpace": "http://b/"}""")))
                .isEmpty();
        assertThat(ReconcileSchemas.errors("manifest", JSON.readTree("""
                {"name": "x", "identifierSpace": "http://a/", "schemaSpace": "http://b/"}"""))).isNotEmpty();
    }

    @Test
    void aCandidateWithoutScoreIsRefused() {
        assertThat(ReconcileSchemas.errors("reconciliation-result-batch", JSON.readTree("""
                {"q0": {"result": [{"id": "a", "name": "A"}]}}"""))).isNotEmpty();
        assertThat(ReconcileSchemas.errors("reconciliation-result-batch", JSON.readTree("""
                {"q0": {"result": [{"id": "a", "name": "A", "score": 1, "type": [{"id": "t", "name": "T"}]}]}}""")))
                .isEmpty();
    }

    @Test
    void suggestTypesFollowTheTypeSchemaByReference() {
        assertThat(ReconcileSchemas.errors("suggest-types-response", JSON.readTree("""
                {"result": [{"id": "person"}]}"""))).isNotEmpty();
    }
}
