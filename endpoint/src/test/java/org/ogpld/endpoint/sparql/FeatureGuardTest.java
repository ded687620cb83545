package org.ogpld.endpoint.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.util.unit.DataSize;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogpld.endpoint.EndpointException;
import org.ogpld.endpoint.OgpldProperties;
import org.ogpld.endpoint.TestProperties;

class FeatureGuardTest {

    @TempDir
    Path folder;

    private static FeatureGuard guard(boolean service, boolean remoteLoad, Path loadFolder) {
        return new FeatureGuard(TestProperties.of("http://localhost:3030/",
                new OgpldProperties.Query(Duration.ofSeconds(30), 4, service, DataSize.ofMegabytes(1),
                        DataSize.ofKilobytes(512), 4_000_000),
                new OgpldProperties.Update(Duration.ofSeconds(60), remoteLoad, loadFolder, DataSize.ofMegabytes(5)),
                TestProperties.NO_CREDENTIALS));
    }

    @Test
    void findsServiceWhereverItHides() {
        for (String where : List.of("{ SERVICE <http://x/> { ?s ?p ?o } }",
                "{ { SELECT * { SERVICE <http://x/> { ?s ?p ?o } } } }",
                "{ OPTIONAL { ?s ?p ?o MINUS { SERVICE SILENT <http://x/> { ?s ?p ?o } } } }",
                "{ ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }",
                "{ BIND(EXISTS { SERVICE <http://x/> { ?s ?p ?o } } AS ?b) }")) {
            assertThat(FeatureGuard.usesService(QueryFactory.create("SELECT * " + where).getQueryPattern()))
                    .as(where).isTrue();
        }
        assertThat(FeatureGuard.usesService(QueryFactory.create("SELECT * { ?s ?p ?o }").getQueryPattern()))
                .isFalse();
    }

    @Test
    void serviceIsAllowedOnlyWhenEnabled() {
        var query = QueryFactory.create("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }");
        assertThatThrownBy(() -> guard(false, false, null).checkQuery(query)).isInstanceOf(EndpointException.class)
                .hasMessageContaining("SERVICE");
        assertThatCode(() -> guard(true, false, null).checkQuery(query)).doesNotThrowAnyException();
    }

    @Test
    void remoteLoadNeedsItsSwitch() {
        var load = UpdateFactory.create("LOAD <http://example.org/data.ttl>");
        assertThatThrownBy(() -> guard(false, false, null).checkUpdate(load)).hasMessageContaining("network");
        assertThatCode(() -> guard(false, true, null).checkUpdate(load)).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard(false, true, null).checkUpdate(UpdateFactory.create("LOAD <ftp://x/y>")))
                .hasMessageContaining("file: and http(s):");
    }

    @Test
    void localLoadStaysInsideItsFolder() throws Exception {
        Path inside = Files.writeString(folder.resolve("in.ttl"), "<urn:a> <urn:b> 1 .");
        Path outside = Files.writeString(Files.createTempFile("outside", ".ttl"), "<urn:a> <urn:b> 1 .");
        Path link = Files.createSymbolicLink(folder.resolve("link.ttl"), outside);
        FeatureGuard guard = guard(false, false, folder);
        assertThatCode(() -> guard.checkUpdate(UpdateFactory.create("LOAD <" + inside.toUri() + ">")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.checkUpdate(UpdateFactory.create("LOAD <" + outside.toUri() + ">")))
                .hasMessageContaining("only read files inside");
        assertThatThrownBy(() -> guard.checkUpdate(UpdateFactory.create("LOAD <" + link.toUri() + ">")))
                .hasMessageContaining("only read files inside");
        assertThatThrownBy(() -> guard(false, false, null).checkUpdate(UpdateFactory.create("LOAD <"
                + inside.toUri() + ">"))).hasMessageContaining("load-folder");
        Files.delete(outside);
    }
}
