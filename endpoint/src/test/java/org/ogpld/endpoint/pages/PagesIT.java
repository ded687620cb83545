package org.ogpld.endpoint.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogpld.endpoint.ld.FixtureServer;
import org.ogpld.endpoint.ld.LdClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The HTML pages of each kind show what the issue asks of them, in the visitor's language, with security headers. */
@FixtureServer
class PagesIT {

    @LocalServerPort
    int port;

    private LdClient client;

    @BeforeEach
    void connect() {
        client = new LdClient(port);
    }

    private String page(String path, String... headers) {
        HttpResponse<byte[]> response = client.get(path, headers);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(LdClient.header(response, "Content-Type")).startsWith("text/html");
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void eventPageShowsDateVenueOrganiserFunderCountsAndAgendaWithSpeakersAndPosts() {
        String html = page("/doc/event/round-table.html", "Accept-Language", "en");
        assertThat(html).contains("<html lang=\"en\">").contains("Open Government Dialogue Platform round table")
                .contains("13 July 2017").contains("28 July 2017")
                .contains("href=\"/doc/place/holiday-inn?lang=en\">Holiday Inn hotel</a>")
                .contains("Eurasia Partnership Foundation").contains("Ministry of Foreign Affairs of the Netherlands")
                .contains(">59<").contains("State body").contains(">15<").contains("Embassy")
                .contains("id=\"talk-1\"").contains("Opening speech")
                .contains("href=\"/doc/person/kamal-cafarov?lang=en\">Kamal Jafarov</a>")
                .contains("Secretary of the Commission on Combating Corruption")
                .contains("OGP National Coordinator for Azerbaijan")
                .contains("both dates are kept");
        assertThat(html.indexOf("id=\"talk-1\"")).isLessThan(html.indexOf("id=\"talk-2\""));
    }

    @Test
    void labelsFollowTheVisitorsLanguageAndFallBackToTheOther() {
        String azerbaijani = page("/doc/event/round-table", "Accept", "text/html", "Accept-Language", "az,en;q=0.5");
        assertThat(azerbaijani).contains("<html lang=\"az\">").contains("Açıq Hökumət Dialog Platformasının dəyirmi masası")
                .contains("Kamal Cəfərov").contains("Gündəlik");
        String switched = page("/doc/event/round-table?lang=en", "Accept", "text/html", "Accept-Language", "az");
        assertThat(switched).contains("<html lang=\"en\">").contains("Kamal Jafarov");
        String acronym = page("/doc/organisation/eurasia-partnership-foundation?lang=az", "Accept", "text/html");
        assertThat(acronym).contains("<span lang=\"en\">EPF</span>");
    }

    @Test
    void personPageShowsPostsOverTimeAndTalks() {
        String html = page("/doc/person/kamal-cafarov?lang=en", "Accept", "text/html");
        assertThat(html).contains("Posts over time").contains("13 July 2017")
                .contains("href=\"/doc/event/round-table?lang=en\">Open Government Dialogue Platform round table</a>")
                .contains("Secretary of the Commission on Combating Corruption")
                .contains("href=\"/doc/event/round-table?lang=en#talk-2\"");
    }

    @Test
    void organisationPageShowsPeopleUnitsEventsAndCommitments() {
        String html = page("/doc/organisation/transparency-azerbaijan?lang=en", "Accept", "text/html");
        assertThat(html).contains("Head of Transparency Azerbaijan").contains("Rena Safaraliyeva")
                .contains("href=\"/doc/commitment/az0038?lang=en\"");
        String platform = page("/doc/organisation/ogp-platform?lang=en", "Accept", "text/html");
        assertThat(platform).contains("href=\"/doc/organisation/ogp-platform-in-action?lang=en\"")
                .contains("Alimammad Nuriyev");
        String organiser = page("/doc/organisation/eurasia-partnership-foundation?lang=en", "Accept", "text/html");
        assertThat(organiser).contains("href=\"/doc/event/round-table?lang=en\"").contains("organizer");
    }

    @Test
    void commitmentPageShowsAssessmentAndMilestonesInOrder() {
        String html = page("/doc/commitment/az0038?lang=en", "Accept", "text/html");
        assertThat(html).contains("AZ0038").contains("IRM assessment").contains("Substantial").contains("Limited")
                .contains("Open data").contains("Commission on Combating Corruption");
        assertThat(html.indexOf("Publish the register of public services"))
                .isLessThan(html.indexOf("Open service statistics as data"));
    }

    @Test
    void studyPageShowsObservationsAsATable() {
        String html = page("/doc/study/asan-monitoring?lang=en", "Accept", "text/html");
        assertThat(html).contains("Observations").contains("Courtesy").contains("High")
                .contains("Citizen satisfaction").contains("Low").contains("<th scope=\"col\">Level</th>");
    }

    @Test
    void otherKindsGetTheGenericPage() {
        assertThat(page("/doc/place/holiday-inn?lang=en", "Accept", "text/html"))
                .contains("Holiday Inn hotel").contains("Holiday Inn hotel, Baku, Azerbaijan");
        assertThat(page("/doc/post/national-coordinator?lang=az", "Accept", "text/html"))
                .contains("AHT Azərbaycan üzrə Milli Koordinatoru");
    }

    @Test
    void azerbaijaniPagesNamePropertiesInAzerbaijaniFromTheVocabularyElseTheMessages() {
        String html = page("/doc/commitment/az0038?lang=az", "Accept", "text/html");
        assertThat(html).contains("href=\"/ns?lang=az#leadInstitution\">aparıcı qurum</a>")
                .contains(">başlıq</a>").contains(">nömrə</a>").contains(">növ</a>")
                .doesNotContain(">title</a>").doesNotContain(">notation</a>").doesNotContain(">type</a>");
        assertThat(page("/doc/commitment/az0038?lang=en", "Accept", "text/html"))
                .contains(">title</a>").contains(">lead institution</a>");
    }

    @Test
    void organisationTypeIsItsMostSpecificClassLabelledInThePagesLanguage() {
        String english = page("/doc/organisation/eurasia-partnership-foundation?lang=en", "Accept", "text/html");
        assertThat(english).contains("<dd><a href=\"https://schema.org/NGO\"")
                .contains(">non-governmental organisation</a></dd>").doesNotContain("FormalOrganization, ");
        String azerbaijani = page("/doc/organisation/eurasia-partnership-foundation?lang=az", "Accept", "text/html");
        assertThat(azerbaijani).contains(">qeyri-hökumət təşkilatı</a></dd>");
    }

    @Test
    void actionPlanPageListsItsCommitmentsLinkedAndLabelled() {
        String html = page("/doc/action-plan/aze-2016-2018?lang=en", "Accept", "text/html");
        assertThat(html).contains("id=\"commitments-heading\">Commitments</h2>").contains("<span>4.2</span>")
                .contains("<span>AZ0038</span>")
                .contains("href=\"/doc/commitment/az0038?lang=en\">Open data on public services</a>");
        assertThat(page("/doc/action-plan/aze-2016-2018?lang=az", "Accept", "text/html"))
                .contains("Öhdəliklər").contains(">Dövlət xidmətləri haqqında açıq məlumat</a>");
    }

    @Test
    void vocabularyIsInTheSiteLayoutWithATableOfContentsInTheVisitorsLanguage() {
        String html = page("/ns?lang=az", "Accept", "text/html");
        assertThat(html).contains("<html lang=\"az\">").contains("<h1>OGP-LD lüğəti</h1>")
                .contains("class=\"skip\"").contains("href=\"/search?lang=az\"").contains("href=\"/ns?lang=en\"")
                .contains("id=\"toc-heading\">Mündəricat</h2>").contains("<a href=\"#classes\">Siniflər</a>")
                .contains("<a href=\"#Commitment\">öhdəlik</a>")
                .contains("<a href=\"#leadInstitution\">aparıcı qurum</a>")
                .contains("<a href=\"#code-completion\">")
                .contains("id=\"Commitment\"").contains("id=\"code-completion\"");
        assertThat(html.indexOf("<h1")).isEqualTo(html.lastIndexOf("<h1"));
        assertThat(page("/ns?lang=en", "Accept", "text/html")).contains("<a href=\"#Commitment\">commitment</a>")
                .contains("<a href=\"#code-lists\">Code lists</a>");
    }

    @Test
    void htmlCarriesSecurityHeaders() {
        HttpResponse<byte[]> response = client.get("/doc/event/round-table", "Accept", "text/html");
        assertThat(LdClient.header(response, "Content-Security-Policy")).contains("script-src 'self'")
                .contains("default-src 'self'").doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");
        assertThat(LdClient.header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(LdClient.header(response, "Referrer-Policy")).isNotBlank();
        assertThat(LdClient.header(response, "Vary")).containsIgnoringCase("Accept-Language");
    }

    @Test
    void homeShowsSearchCountsChartsAndTheEditorWithExamples() {
        String html = page("/?lang=en");
        assertThat(html).contains("action=\"/search\"")
                .containsPattern("href=\"/browse/organisation\\?lang=en\"><strong>7</strong>\\s+"
                        + "<span>Organisation</span>")
                .contains("Commitments per completion level").contains("Events per year")
                .contains("id=\"yasgui\"").contains("/vendor/yasgui/yasgui.min.js")
                .contains("/webjars/chart.js/4.4.1/dist/chart.umd.js")
                .contains("Events with their dates, venues and organisers");
        assertThat(new String(client.get("/examples/queries.json").body(), StandardCharsets.UTF_8))
                .contains("02-agenda-speakers-posts");
        assertThat(client.get("/vendor/yasgui/yasgui.min.js").statusCode()).isEqualTo(200);
        assertThat(client.get("/vendor/yasgui/yasgui.min.css").statusCode()).isEqualTo(200);
    }

    @Test
    void searchFindsLabelsAcrossKindsAndEscapesTheQuery() {
        String html = page("/search?q=coordinator&lang=en");
        assertThat(html).contains("href=\"/doc/post/platform-coordinator?lang=en\"")
                .contains("href=\"/doc/post/national-coordinator?lang=en\"");
        assertThat(page("/search?q=Transparency&lang=en"))
                .contains("href=\"/doc/organisation/transparency-azerbaijan?lang=en\"")
                .contains("href=\"/doc/post/transparency-head?lang=en\"");
        String hostile = page("/search?q=%3Cscript%3Ealert(1)%3C/script%3E%22%27");
        assertThat(hostile).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
