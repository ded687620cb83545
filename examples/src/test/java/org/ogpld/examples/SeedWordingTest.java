package org.ogpld.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.ogpld.model.publish.RdfFormat;

/**
 * Every Azerbaijani text the seed publishes is the press release's own wording: nothing the transcriber wrote may
 * pass for the source's words. Compared after normalising what transcription legitimately changes: runs of white
 * space, quotation marks and the release's bold markers, and letter case (Azerbaijani rules: I/ı, İ/i).
 */
class SeedWordingTest {

    private static final Path SOURCE = Path.of(System.getProperty("ogpld.shared"), "seed", "000_269b44c47070279f.txt");
    private static final Locale AZERBAIJANI = Locale.forLanguageTag("az");

    @Test
    void everyAzerbaijaniLiteralAppearsInThePressRelease() throws IOException {
        String source = normalise(Files.readString(SOURCE, StandardCharsets.UTF_8));
        List<String> texts = azerbaijaniTexts();

        assertThat(texts).hasSizeGreaterThan(40);
        assertThat(texts).allSatisfy(text -> assertThat(source).as("@az text not in the source: %s", text)
                .contains(normalise(text)));
    }

    @Test
    void theNormalisationStillCatchesAnInsertedNote() throws IOException {
        String source = normalise(Files.readString(SOURCE, StandardCharsets.UTF_8));

        assertThat(source)
                .contains(normalise("Platforma üzvü olan və olmayan qeyri-hökumət təşkilatlarının nümayəndələri"))
                .doesNotContain(normalise("qeyri-hökumət təşkilatlarının nümayəndələri (sayı göstərilməyib)"));
    }

    private static List<String> azerbaijaniTexts() throws IOException {
        Model seed = ModelFactory.createDefaultModel();
        try (InputStream in = SeedFiles.open(RdfFormat.TURTLE)) {
            RDFDataMgr.read(seed, in, Lang.TURTLE);
        }
        return seed.listObjects().filterKeep(RDFNode::isLiteral).mapWith(RDFNode::asLiteral)
                .filterKeep(l -> "az".equals(l.getLanguage())).mapWith(Literal::getLexicalForm).toList();
    }

    private static String normalise(String text) {
        return text.replace("**", "").replaceAll("[“”„\"«»]", "").replaceAll("\\s+", " ").strip()
                .toLowerCase(AZERBAIJANI);
    }
}
