// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.analyze.Quotation;
import org.veille.link.LinkFeatures;
import org.veille.link.SparseVector;

/** The analyze run's spool of link data gives back what it was given, in date order, undated first, ties in input order. */
class LinkSpoolTest {

    private static LinkFeatures features(String id, String day) {
        return new LinkFeatures(id, day == null ? null : LocalDate.parse(day), "fr",
                new SparseVector(new int[] {1, 7}, new float[] {0.5f, 2f}), SparseVector.EMPTY,
                new SparseVector(new int[] {3}, new float[] {1.25f}), new int[] {42, -1});
    }

    @Test
    void givesEntriesBackInDateOrderWithEverythingTheLinkStageReads() throws IOException {
        String longQuote = "« " + "très long ".repeat(10_000) + "»"; // over DataOutput.writeUTF's 64 KB
        try (LinkSpool spool = new LinkSpool()) {
            spool.add(features("b", "2024-05-02"), List.of(new Quotation(longQuote, "Agnès Buzyn", null, Quotation.Kind.DIRECT, 0, 0)));
            spool.add(features("a", "2024-05-01"), List.of());
            spool.add(features("c", "2024-05-02"), List.of(new Quotation("« peut-être »", null, null, Quotation.Kind.SCARE, 0, 0)));
            spool.add(features("u", null), List.of());
            List<LinkSpool.Entry> back = new ArrayList<>();
            spool.forEachInDateOrder(back::add);

            assertThat(back).extracting(e -> e.features().id()).containsExactly("u", "a", "b", "c");
            LinkFeatures b = back.get(2).features();
            assertThat(b.day()).isEqualTo(LocalDate.parse("2024-05-02"));
            assertThat(b.language()).isEqualTo("fr");
            assertThat(b.words().ids()).containsExactly(1, 7);
            assertThat(b.words().values()).containsExactly(0.5f, 2f);
            assertThat(b.english().values()).containsExactly(1.25f);
            assertThat(b.shingles()).containsExactly(42, -1);
            assertThat(back.get(0).features().day()).isNull();
            Quotation q = back.get(2).quotes().getFirst();
            assertThat(q.text()).isEqualTo(longQuote);
            assertThat(q.speaker()).isEqualTo("Agnès Buzyn");
            assertThat(q.kind()).isEqualTo(Quotation.Kind.DIRECT);
            assertThat(back.get(3).quotes().getFirst().speaker()).isNull();
        }
    }
}
