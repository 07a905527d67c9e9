// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private final DateFinder dates = new DateFinder();

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "Mondialisation.ca, 21 novembre 2016 # 2016-11-21",
            "Par: Jane Doe | 05.11.2024, 09:20 # 2024-11-05T09:20",
            "2024-11-23 20:52:00 # 2024-11-23T20:52",
            "Published November 21, 2016 # 2016-11-21",
            "Veröffentlicht am 3. März 2025 # 2025-03-03",
            "Publicado el 7 de mayo de 2024 # 2024-05-07",
            "Mis à jour le 1er janvier 2020 à 10h30 # 2020-01-01T10:30",
            "21/11/2016 # 2016-11-21",
            "Published March 4, 2025, 8:15 p.m. # 2025-03-04T20:15",
            "March 4, 2025 12:05 a.m. # 2025-03-04T00:05"})
    void findsDatesInEveryWrittenForm(String text, String iso) {
        assertThat(dates.find(text)).get().extracting(DateFinder.Found::iso).isEqualTo(iso);
    }

    @Test
    void rejectsImpossibleAndImplausibleDates() {
        assertThat(dates.find("le 31 février 2020")).isEmpty();
        assertThat(dates.find("en 1850, le 3 mars 1850")).isEmpty();
        assertThat(dates.find("Copyright © Zero Hedge, 2016")).isEmpty();
    }

    @Test
    void readsUnixTimestampsAloneOnTheirLine() {
        assertThat(dates.unixTimestamp("1732400077")).get().extracting(DateFinder.Found::iso).isEqualTo("2024-11-23T22:14");
        assertThat(dates.unixTimestamp("il y a 1732400077 raisons")).isEmpty();
    }

    @Test
    void parsesMetadataTimestampsWithZones() {
        assertThat(dates.parseIso("2025-03-18T09:30:00+01:00")).get().extracting(DateFinder.Found::iso).isEqualTo("2025-03-18T09:30");
        assertThat(dates.parseIso("2025-03-18")).get().extracting(DateFinder.Found::iso).isEqualTo("2025-03-18");
    }

    @Test
    void aYearlessDateTakesTheYearThatKeepsItBeforeTheNewestDate() {
        DateFinder finder = new DateFinder();
        java.time.LocalDate newest = java.time.LocalDate.of(2020, 7, 2);
        assertThat(finder.yearless(" le 29 janvier", newest)).map(DateFinder.Found::iso).contains("2020-01-29");
        assertThat(finder.yearless(" le jeudi 12 novembre", newest)).map(DateFinder.Found::iso).contains("2019-11-12");
        assertThat(finder.yearless(" March 4", newest)).map(DateFinder.Found::iso).contains("2020-03-04");
        assertThat(finder.yearless(" le 29 janvier", null)).as("no full date to date it by").isEmpty();
        assertThat(finder.yearless(" le 29 janvier 2018", newest)).as("a full date is find()'s").isEmpty();
        assertThat(finder.yearless(" par 29 lecteurs", newest)).as("no month").isEmpty();
        assertThat(finder.yearless(" dans un long article du 3 mars", newest)).as("not at the start").isEmpty();
    }
}
