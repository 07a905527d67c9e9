// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sightings turned into terms: handovers, strays, roles held by several at once. */
class RoleTenuresTest {

    private static final String HEALTH = "ministre de la santé";
    private int articles;

    private void see(RoleTenures t, String role, String person, String... days) {
        for (String d : days) t.add(new RoleMiner.Sighting(role, person, true), "a" + articles++, LocalDate.parse(d));
    }

    private static List<String> rows(RoleTenures.Result r) {
        return r.terms().stream().map(t -> t.role().wording() + " " + t.role().canonical() + " " + t.role().from() + " " + t.role().to()).toList();
    }

    @Test
    void aSuccessorsFirstSightingEndsThePredecessorsTermAndTheLastTermClosesAfterAMargin() {
        RoleTenures t = new RoleTenures();
        see(t, HEALTH, "Anne Duchemin", "2018-01-10", "2018-03-02", "2018-06-20", "2018-09-01", "2019-02-10");
        see(t, HEALTH, "Paul Verdier", "2019-01-15", "2019-03-01", "2019-04-10", "2019-05-20", "2019-06-11", "2019-07-01", "2019-08-02");
        assertThat(rows(t.result())).containsExactly(
                HEALTH + " Anne Duchemin 2018-01-10 2019-01-15",
                HEALTH + " Paul Verdier 2019-01-15 " + LocalDate.parse("2019-08-02").plusDays(RoleTenures.TERM_MARGIN_DAYS));
    }

    @Test
    void holdersSeenTooRarelyCountNot() {
        RoleTenures t = new RoleTenures();
        see(t, HEALTH, "Anne Duchemin", "2018-01-10", "2018-01-10", "2018-03-02");
        assertThat(t.result().terms()).isEmpty();
    }

    @Test
    void aRoleHeldByTwoAtOnceIsRejected() {
        RoleTenures t = new RoleTenures();
        see(t, "député du nord", "Anne Duchemin", "2018-01-10", "2018-04-02", "2018-07-20", "2018-10-01");
        see(t, "député du nord", "Paul Verdier", "2018-02-15", "2018-05-01", "2018-08-20", "2018-11-02");
        RoleTenures.Result r = t.result();
        assertThat(r.terms()).isEmpty();
        assertThat(r.rejections()).extracting(RoleTenures.Rejection::role).containsExactly("député du nord");
    }

    @Test
    void aRarelySeenHolderInsideAnothersTermIsAStray() {
        RoleTenures t = new RoleTenures();
        see(t, HEALTH, "Anne Duchemin", "2018-01-10", "2018-02-10", "2018-03-10", "2018-04-10", "2018-05-10", "2018-06-10",
                "2018-07-10", "2018-08-10", "2018-09-10", "2018-10-10", "2018-11-10", "2018-12-10");
        see(t, HEALTH, "Marc Lavigne", "2018-05-02", "2018-06-03", "2018-07-04");
        assertThat(rows(t.result())).containsExactly(HEALTH + " Anne Duchemin 2018-01-10 2019-01-09");
    }

    @Test
    void aNameNeverSetApartByACommaIsNoHolder() {
        RoleTenures t = new RoleTenures();
        for (String d : new String[] {"2018-01-10", "2018-03-02", "2018-06-20"}) {
            t.add(new RoleMiner.Sighting("professeur à l'université", "George Washington", false), "a" + articles++, LocalDate.parse(d));
        }
        assertThat(t.result().terms()).isEmpty();
    }
}
