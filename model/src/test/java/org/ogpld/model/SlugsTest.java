package org.ogpld.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Əliməmməd Nuriyev, alimammad-nuriyev",
        "Ülviyyə Həmzəyeva, ulviyya-hamzayeva",
        "Vasif Talıbov, vasif-talibov",
        "Kamal Cəfərov, kamal-cafarov",
        "Sabit Bağirov, sabit-bagirov",
        "Dr.Rəna Səfərəliyeva, dr-rana-safaraliyeva",
        "Zaur İbrahimli, zaur-ibrahimli",
        "ŞƏFFAFLIQ-AZƏRBAYCAN, saffafliq-azarbaycan",
        "'  “Konstitusiya” Araşdırmalar Fondu  ', konstitusiya-arasdirmalar-fondu",
        "Holiday Inn oteli, holiday-inn-oteli",
        "Әлимәммәд Нуријев, alimammad-nuriyev",
        "Гасымов Щукин, qasimov-shchukin",
        "Gänsefüßchen ÆØ, gansefusschen-aeo",
        "Ａｚｅｒｂａｉｊａｎ ２０１７, azerbaijan-2017",
    })
    void slugsFollowTheDesign(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
    }

    @Test
    void namesWithoutLettersToTransliterateGetAStableHashSlug() {
        assertThat(Slugs.of("محمد")).matches("n-[0-9a-f]{8}").isEqualTo(Slugs.of("محمد"))
                .isNotEqualTo(Slugs.of("علي"));
    }

    @Test
    void cyrillicSchwaAndADiaeresisBecomeA() {
        assertThat(Slugs.of("әӓä")).isEqualTo("aaa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "az-Latn-AZ", "az-Cyrl-AZ", "en-US"})
    void dottedAndDotlessIAreLocaleIndependent(String locale) {
        String[] slugs = underDefaultLocale(Locale.forLanguageTag(locale), () -> new String[] {
            Slugs.of("IRAN"), Slugs.of("İLHAM"), Slugs.of("ılıq"), Slugs.of("İi Iı"), Slugs.of("Əliməmməd Nuriyev")
        });
        assertThat(slugs).containsExactly("iran", "ilham", "iliq", "ii-ii", "alimammad-nuriyev");
    }

    @Test
    void longNamesAreCutAtAHyphen() {
        String slug = Slugs.of("Azərbaycanda İnsan Haqları, Demokratikləşmə və Yaxşı İdarəetmənin Təşviqi "
                + "Proqramı çərçivəsində həyata keçirilən layihənin ikinci mərhələsi");
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-")
                .startsWith("azarbaycanda-insan-haqlari-demokratiklasma");
        assertThat(Id.isSlug(slug)).isTrue();
    }

    @Test
    void collisionsGetAStableSuffixPerKind() {
        SlugMinter minter = new SlugMinter();
        assertThat(minter.mint(Kind.PERSON, "Kamal Cəfərov")).isEqualTo(Id.of(Kind.PERSON, "kamal-cafarov"));
        assertThat(minter.mint(Kind.PERSON, "KAMAL CƏFƏROV")).isEqualTo(Id.of(Kind.PERSON, "kamal-cafarov-2"));
        assertThat(minter.mint(Kind.PERSON, "Kamal Cafarov")).isEqualTo(Id.of(Kind.PERSON, "kamal-cafarov-3"));
        assertThat(minter.mint(Kind.ORGANISATION, "Kamal Cəfərov"))
                .isEqualTo(Id.of(Kind.ORGANISATION, "kamal-cafarov"));
    }

    @Test
    void reservedSlugsAreNeverMintedAgain() {
        SlugMinter minter = new SlugMinter();
        assertThat(minter.reserve(Id.of(Kind.PERSON, "kamal-cafarov-2"))).isTrue();
        assertThat(minter.mint(Kind.PERSON, "Kamal Cəfərov").slug()).isEqualTo("kamal-cafarov");
        assertThat(minter.mint(Kind.PERSON, "Kamal Cəfərov").slug()).isEqualTo("kamal-cafarov-3");
        assertThat(minter.reserve(Id.of(Kind.PERSON, "kamal-cafarov"))).isFalse();
    }

    @Test
    void irisFollowTheDesign() {
        Iris iris = new Iris("https://data.example.org/ogp/");
        Id person = Id.of(Kind.PERSON, "alimammad-nuriyev");
        assertThat(iris.of(person)).isEqualTo("https://data.example.org/ogp/id/person/alimammad-nuriyev");
        assertThat(iris.of(Id.of(Kind.ACTION_PLAN, "az-2016"))).endsWith("/id/action-plan/az-2016");
        assertThat(iris.part(person, "name")).endsWith("/id/person/alimammad-nuriyev#name");
        assertThat(iris.graph("press-release")).isEqualTo("https://data.example.org/ogp/graph/press-release");
        assertThat(iris.id(iris.of(person))).contains(person);
        assertThat(iris.id(iris.part(person, "name"))).isEmpty();
        assertThat(Iris.fromGraph(iris.graph("x"))).contains(iris);
        assertThat(Iris.defaults().of(person)).isEqualTo("http://localhost:3030/id/person/alimammad-nuriyev");
    }

    @Test
    void badBasesAndSlugsAreRefused() {
        assertThatThrownBy(() -> new Iris("http://example.org")).hasMessageContaining("must end with '/'");
        assertThatThrownBy(() -> new Iris("urn:x:/")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> Id.of(Kind.PERSON, "Kamal")).hasMessageContaining("slug 'Kamal'");
    }

    private static <T> T underDefaultLocale(Locale locale, Supplier<T> action) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return action.get();
        } finally {
            Locale.setDefault(saved);
        }
    }
}
