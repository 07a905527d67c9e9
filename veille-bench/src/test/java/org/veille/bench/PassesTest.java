// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Runs keep page order, turn crashes into nothing found, and time only when asked. */
class PassesTest {

    private static final List<Page> PAGES = List.of(new Page("a", "a", null, "<p>one</p>"),
            new Page("b", "b", null, "boom"), new Page("c", "c", null, "<p>three</p>"));

    private static final Tool FLAKY = new Tool() {
        @Override
        public String name() {
            return "flaky";
        }

        @Override
        public Output extract(Page page) {
            if (page.html().equals("boom")) throw new IllegalStateException("boom");
            return Output.text(page.html().replaceAll("<[^>]+>", ""));
        }
    };

    @Test
    void aCrashFindsNothingAndIsCounted() {
        Run run = Passes.once().run(FLAKY, PAGES);
        assertThat(run.outputs()).extracting(Output::text).containsExactly("one", "", "three");
        assertThat(run.crashes()).containsExactly("b: IllegalStateException: boom");
        assertThat(run.empty()).isEqualTo(1);
        assertThat(run.pagesPerSecond()).isNaN();
    }

    @Test
    void aParallelRunKeepsPageOrder() {
        List<Page> many = IntStream.range(0, 500).mapToObj(i -> new Page("p" + i, "s", null, "<p>" + i + "</p>")).toList();
        Run run = new Passes(1, 0, 4).run(FLAKY, many);
        assertThat(run.outputs()).extracting(Output::text)
                .containsExactlyElementsOf(IntStream.range(0, 500).mapToObj(String::valueOf).toList());
    }

    @Test
    void aTimedRunMeasuresSpeed() {
        Run run = Passes.timed(2, 3).run(FLAKY, PAGES);
        assertThat(run.pagesPerSecond()).isPositive();
        assertThat(run.crashes()).hasSize(1);
    }

    @Test
    void toolsRunTogetherEachGetTheirOwnRunAndSpeed() {
        List<Run> runs = Passes.timed(1, 3).run(List.of(FLAKY, FLAKY), PAGES);
        assertThat(runs).hasSize(2).allSatisfy(r -> assertThat(r.pagesPerSecond()).isPositive());
        assertThat(runs.get(0).outputs()).isEqualTo(runs.get(1).outputs());
    }
}
