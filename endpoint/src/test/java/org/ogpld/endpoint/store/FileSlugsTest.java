package org.ogpld.endpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileSlugsTest {

    @Test
    void followsTheDesignRulesForAzerbaijaniNames() {
        assertThat(FileSlugs.slug("Əliməmməd Nuriyev")).isEqualTo("alimammad-nuriyev");
        assertThat(FileSlugs.slug("Ülviyyə Həmzəyeva")).isEqualTo("ulviyya-hamzayeva");
        assertThat(FileSlugs.slug("Vasif Talıbov")).isEqualTo("vasif-talibov");
        assertThat(FileSlugs.slug("İstanbul Ağ Çay Şəki")).isEqualTo("istanbul-ag-cay-saki");
    }

    @Test
    void dropsTheExtensionAndCompressionOfFileNames() {
        assertThat(FileSlugs.slug(Path.of("data/Press Release 2017.ttl"))).isEqualTo("press-release-2017");
        assertThat(FileSlugs.slug(Path.of("dump.v2.nq.gz"))).isEqualTo("dump-v2");
    }
}
