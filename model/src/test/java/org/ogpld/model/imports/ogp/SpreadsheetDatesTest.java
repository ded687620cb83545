package org.ogpld.model.imports.ogp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogpld.model.DateValue;

/** The date forms found in open_parliament_0703.csv (../shared/data/ogp-commitments). */
class SpreadsheetDatesTest {

    static Stream<Arguments> writtenDates() {
        return Stream.of(
                Arguments.of("9/1/2018", false, LocalDate.of(2018, 9, 1)),
                Arguments.of("12/31/2022", false, LocalDate.of(2022, 12, 31)),
                Arguments.of("31/12/2014", false, LocalDate.of(2014, 12, 31)),
                Arguments.of("1/7/2014", true, LocalDate.of(2014, 7, 1)),
                Arguments.of("1/7/2014", false, LocalDate.of(2014, 1, 7)),
                Arguments.of("6/30/20", false, LocalDate.of(2020, 6, 30)),
                Arguments.of("6/30/2020", true, LocalDate.of(2020, 6, 30)),
                Arguments.of("08/01/2022", false, LocalDate.of(2022, 8, 1)),
                Arguments.of("43525", false, LocalDate.of(2019, 3, 1)),
                Arguments.of("44439", false, LocalDate.of(2021, 8, 31)),
                Arguments.of("7/15/1905", false, Year.of(2023)),
                Arguments.of("7/19/1905", false, Year.of(2027)),
                Arguments.of("July 2014", false, YearMonth.of(2014, 7)),
                Arguments.of("December 2012", false, YearMonth.of(2012, 12)),
                Arguments.of("2011", false, Year.of(2011)),
                Arguments.of("I quarter of 2021", false, Year.of(2021)),
                Arguments.of("IV quarter of 2022", false, Year.of(2022)),
                Arguments.of("Quarter 2 2015", false, Year.of(2015)),
                Arguments.of("Spring 2015", false, Year.of(2015)));
    }

    @ParameterizedTest
    @MethodSource("writtenDates")
    void parsesTheValueAndKeepsTheTextAsWritten(String text, boolean dayFirst, Temporal expected) {
        DateValue date = SpreadsheetDates.read(text, dayFirst);

        assertThat(date.value()).contains(expected);
        assertThat(date.asWritten()).contains(text);
    }

    @ParameterizedTest
    @MethodSource("unparseable")
    void keepsTextThatIsNoDateAsWrittenOnly(String text) {
        DateValue date = SpreadsheetDates.read(text, false);

        assertThat(date.value()).isEmpty();
        assertThat(date.asWritten()).contains(text);
    }

    static Stream<String> unparseable() {
        return Stream.of("NA", "Underway", "Ongoing", "Permanent activity", "In progress", "2/30/2020", "7/15/1911");
    }

    @Test
    void recordsNaAsTheMissingValueItIs() {
        assertThat(SpreadsheetDates.read("NA", false).missing()).contains(org.ogpld.model.MissingValue.NA);
    }

    @Test
    void aDateIsDayFirstOnlyWhenItsFirstNumberCannotBeAMonth() {
        assertThat(SpreadsheetDates.dayFirst("31/12/2016")).isTrue();
        assertThat(SpreadsheetDates.dayFirst("12/31/2016")).isFalse();
        assertThat(SpreadsheetDates.dayFirst("1/7/2014")).isFalse();
        assertThat(SpreadsheetDates.dayFirst("July 2014")).isFalse();
        assertThat(Optional.of(SpreadsheetDates.read(" 2014 ", false).asWritten().orElseThrow())).contains("2014");
    }
}
