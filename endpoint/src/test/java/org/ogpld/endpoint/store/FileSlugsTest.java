package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileSlugsTest {

    @Test
    void slugsTheNameWithoutItsExtensionByTheDesignRules() {
        assertThat(FileSlugs.slug(Path.of("data/Press Release 2017.ttl").getFileName().toString())).isEqualTo("press-release-2017");
        assertThat(FileSlugs.slug(Path.of("Əliməmməd Nuriyev.trig").getFileName().toString())).isEqualTo("alimammad-nuriyev");
        assertThat(FileSlugs.slug(Path.of("Ülviyyə Həmzəyeva.nt").getFileName().toString())).isEqualTo("ulviyya-hamzayeva");
    }

    @Test
    void dropsCompressionAndOnlyTheLastExtension() {
        assertThat(FileSlugs.slug(Path.of("dump.v2.nq.gz").getFileName().toString())).isEqualTo("dump-v2");
        assertThat(FileSlugs.slug(Path.of("README").getFileName().toString())).isEqualTo("readme");
    }
}
