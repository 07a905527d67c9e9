// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTest {

    @Test
    void theLongestMatchDecidesAndAllowWinsATie() {
        Robots r = Robots.parse("User-agent: *\nDisallow: /private/\nAllow: /private/open\nDisallow: /*.pdf$\n");
        assertThat(r.allows("/news/1")).isTrue();
        assertThat(r.allows("/private/x")).isFalse();
        assertThat(r.allows("/private/open/1")).isTrue();
        assertThat(r.allows("/doc.pdf")).isFalse();
        assertThat(r.allows("/doc.pdf?x")).isTrue();
    }

    @Test
    void veillesOwnGroupReplacesTheStarGroup() {
        Robots r = Robots.parse("User-agent: *\nDisallow: /\n\nUser-agent: Veille\nUser-agent: other\nDisallow: /secret # no\n");
        assertThat(r.allows("/news")).isTrue();
        assertThat(r.allows("/secret/1")).isFalse();
    }

    @Test
    void anEmptyDisallowAllowsAll() {
        assertThat(Robots.parse("User-agent: *\nDisallow:\n").allows("/x")).isTrue();
        assertThat(Robots.ALLOW_ALL.allows("/")).isTrue();
    }
}
