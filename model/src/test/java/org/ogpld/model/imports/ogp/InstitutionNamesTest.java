package org.ogpld.model.imports.ogp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells from open_parliament_0703.csv (../shared/data/ogp-commitments), shortened. */
class InstitutionNamesTest {

    @Test
    void aSingleNameWithCommasInsideStaysOneName() {
        assertThat(InstitutionNames.split("Ministry of Local Government, Decentralisation, and Rural Development"))
                .containsExactly("Ministry of Local Government, Decentralisation, and Rural Development");
    }

    @Test
    void namesListedWithCommasSemicolonsOrLinesAreSeparated() {
        assertThat(InstitutionNames.split("Ministry of Justice; Units of local self-government; OSCE"))
                .containsExactly("Ministry of Justice", "Units of local self-government", "OSCE");
        assertThat(InstitutionNames.split("Ministry of Culture, Ministry of Regional Development"))
                .containsExactly("Ministry of Culture", "Ministry of Regional Development");
        assertThat(InstitutionNames.split("Defensoría de los Habitantes\nContraloría General de la República\n"))
                .containsExactly("Defensoría de los Habitantes", "Contraloría General de la República");
    }

    @Test
    void wrappedLinesAndBrokenWordsAreJoined() {
        assertThat(InstitutionNames.split("Institute for Co-operation\nand Development, Foundation \"Open Society\""))
                .containsExactly("Institute for Co-operation and Development", "Foundation \"Open Society\"");
        assertThat(InstitutionNames.split("- Presidency of the Cabinet of Ministers of the Go-\n vernment"))
                .containsExactly("Presidency of the Cabinet of Ministers of the Government");
    }

    @Test
    void inABulletedCellALineWithoutABulletContinuesTheNameBefore() {
        assertThat(InstitutionNames.split("• Government\n- Office of the Public Defender of the City of Buenos\n"
                + " Aires\n- Programme on parliamentary modernisation of the\n Chamber of Deputies"))
                .containsExactly("Government", "Office of the Public Defender of the City of Buenos Aires",
                        "Programme on parliamentary modernisation of the Chamber of Deputies");
    }

    @Test
    void cellsThatNameNoInstitutionGiveNone() {
        assertThat(InstitutionNames.split("NA")).isEmpty();
        assertThat(InstitutionNames.split("N/A")).isEmpty();
        assertThat(InstitutionNames.split("Unclear")).isEmpty();
        assertThat(InstitutionNames.split("  ")).isEmpty();
    }

    @Test
    void aNameRepeatedInTheCellIsKeptOnce() {
        assertThat(InstitutionNames.split("Ministry of Justice; ministry of justice.")).containsExactly("Ministry of Justice");
    }

    @Test
    void enumerationMarksAreDroppedLikeBullets() {
        assertThat(InstitutionNames.split("(a)        Leaders of the Indonesian House of Representatives,\n"
                + "(b)        Legislation Committee,\n(c)        Secretary General"))
                .containsExactly("Leaders of the Indonesian House of Representatives", "Legislation Committee",
                        "Secretary General");
        assertThat(InstitutionNames.split("1. Head of Bureau for Legal and Public Complaints of DPR RI, "
                + "2. Head of Bureau for Session I of DPR RI"))
                .containsExactly("Head of Bureau for Legal and Public Complaints of DPR RI",
                        "Head of Bureau for Session I of DPR RI");
    }

    @Test
    void aStatementIsNoInstitutionAndIsKeptAsText() {
        String cell = "Government of the Republic of Croatia, upon the proposal by the Government Office for "
                + "Cooperation with NGOs";
        assertThat(InstitutionNames.split(cell)).isEmpty();
        assertThat(InstitutionNames.statements(cell)).containsExactly(cell);
        String mixed = "Civil society entities interested in the initiative. Organizations and actors that have "
                + "participated in processes previous.; Council for Civil Society Development";
        assertThat(InstitutionNames.split(mixed)).containsExactly("Council for Civil Society Development");
        assertThat(InstitutionNames.statements(mixed)).singleElement().asString().startsWith("Civil society entities");
        assertThat(InstitutionNames.statements("Ministry of Justice; OSCE")).isEmpty();
    }
}
