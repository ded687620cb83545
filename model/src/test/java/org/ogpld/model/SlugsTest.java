package org.ogpld.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
    void anIdIsTakenOncePerKind() {
        SlugMinter taken = new SlugMinter();
        assertThat(taken.reserve(Id.of(Kind.PERSON, "kamal-cafarov"))).isTrue();
        assertThat(taken.reserve(Id.of(Kind.PERSON, "kamal-cafarov"))).isFalse();
        assertThat(taken.reserve(Id.of(Kind.ORGANISATION, "kamal-cafarov"))).isTrue();
    }

    @Test
    void scopedSlugsJoinOwnerAndLabelAndEndLongOnesInADigest() {
        assertThat(Slugs.scoped("UKR", "Ministry of Justice")).isEqualTo("ukr-ministry-of-justice");
        String longName = "Ministry of Local Government, Decentralisation, and Rural Development of the Republic";
        String one = Slugs.scoped("GHA", longName + " One");
        String two = Slugs.scoped("GHA", longName + " Two");

        assertThat(one).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).matches(".*-[0-9a-f]{8}")
                .isNotEqualTo(two).isEqualTo(Slugs.scoped("GHA", longName + " One"));
        assertThat(Id.isSlug(one)).isTrue();
    }

    @Test
    void authorityIdentifiersGiveTheSlugOgpMemberCodesFirst() {
        assertThat(Minting.authority(Kind.ORGANISATION, List.of(Identifier.of(Identifier.OGP_MEMBER, "AZE"),
                Identifier.wikidata("Q227")))).contains("ogp-member-aze");
        assertThat(Minting.authority(Kind.PERSON, List.of(Identifier.wikidata("Q57549"),
                Identifier.of("popolo", "p1")))).contains("q57549");
        assertThat(Minting.authority(Kind.PERSON, List.of(Identifier.of(Identifier.OGP_MEMBER, "AZE")))).isEmpty();
        assertThat(Minting.authority(Kind.ORGANISATION, List.of(Identifier.of("popolo", "yap")))).isEmpty();
    }

    @Test
    void membersLinkToTheirCountryInTheEuAuthority() {
        assertThat(Countries.ofOgpMember("AZE")).contains("AZE");
        assertThat(Countries.ofOgpMember("ARBA")).contains("ARG");
        assertThat(Countries.ofOgpMember("GBSC")).contains("GBR");
        assertThat(Countries.ofOgpMember("XKX")).contains("XKX");
        assertThat(Countries.ofOgpMember("ZZZ")).isEmpty();
        assertThat(Countries.alpha2("AZE")).contains("AZ");
        assertThat(Countries.isAlpha3("XKX")).as("not an ISO code").isFalse();
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
