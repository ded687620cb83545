package org.ogpld.model.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ogpld.model.Fixtures;

/** The full example in {@code model/README.md} is the file the tests read, so the documentation stays true. */
class ReadmeExampleTest {

    @Test
    void theReadmeShowsTheTestedExample() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```yaml\n", readme.indexOf("### Full example")) + "```yaml\n".length();

        String shown = readme.substring(start, readme.indexOf("```", start));

        assertThat(shown).isEqualTo(Fixtures.roundTableYaml());
        assertThat(new AuthoringReader().read(shown, "README.md", Syntax.YAML).publication().events()).hasSize(1);
    }
}
