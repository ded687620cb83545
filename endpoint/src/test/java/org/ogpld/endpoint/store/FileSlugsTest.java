package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileSlugsTest {

    @Test
    void slugsTheNameWithoutItsExtensionByTheDesignRules() {
        assertThat(FileSlugs.slug(Path.of("data/Press Release 2017.ttl"))).isEqualTo("press-release-2017");
        assertThat(FileSlugs.slug(Path.of("Əliməmməd Nuriyev.trig"))).isEqualTo("alimammad-nuriyev");
        assertThat(FileSlugs.slug(Path.of("Ülviyyə Həmzəyeva.nt"))).isEqualTo("ulviyya-hamzayeva");
    }

    @Test
    void dropsCompressionAndOnlyTheLastExtension() {
        assertThat(FileSlugs.slug(Path.of("dump.v2.nq.gz"))).isEqualTo("dump-v2");
        assertThat(FileSlugs.slug(Path.of("README"))).isEqualTo("readme");
    }
}
