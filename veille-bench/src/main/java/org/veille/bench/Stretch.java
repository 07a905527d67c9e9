// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veille.analyze.Span;

/**
 * A possibly discontinuous stretch of text (brat's {@code 3 9;14 20}), kept as the union of its parts:
 * sorted, without overlaps, so that its length counts each character once.
 */
record Stretch(List<Span> parts) {

    /** How much of a span must be covered for it to count as matched. */
    static final double HALF = 0.5;

    Stretch {
        List<Span> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> union = new ArrayList<>();
        for (Span s : sorted) {
            if (s.end() == s.start()) continue;
            Span last = union.isEmpty() ? null : union.getLast();
            if (last != null && s.start() <= last.end()) {
                union.set(union.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                union.add(s);
            }
        }
        parts = List.copyOf(union);
    }

    static Stretch of(int start, int end) {
        return new Stretch(List.of(new Span(start, end)));
    }

    int length() {
        return parts.stream().mapToInt(s -> s.end() - s.start()).sum();
    }

    int start() {
        return parts.isEmpty() ? 0 : parts.getFirst().start();
    }

    /** Characters this stretch shares with {@code [start, end)}. */
    int overlap(int start, int end) {
        int shared = 0;
        for (Span s : parts) shared += Math.max(0, Math.min(s.end(), end) - Math.max(s.start(), start));
        return shared;
    }

    /** Whether {@code [start, end)} covers at least half of this stretch. */
    boolean halfCoveredBy(int start, int end) {
        return length() > 0 && overlap(start, end) >= HALF * length();
    }

    /** The parts' texts, joined with a space. */
    String of(String text) {
        return String.join(" ", parts.stream().map(s -> s.of(text)).toList());
    }
}
