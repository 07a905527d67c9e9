// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A delivery is tried again while its failure may pass, never after a refusal, and says how often it tried. */
class RetriedTest {

    private static final HttpPolicy TWO_RETRIES = new HttpPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO, 2,
            Duration.ofMillis(1), 0, 1024);

    @Test
    void aPassingFailureIsTriedAgainUntilItPasses() throws InterruptedException {
        AtomicInteger tries = new AtomicInteger();
        assertThat(Retried.deliver(TWO_RETRIES, () -> tries.incrementAndGet() < 3 ? new Retried.Failure("HTTP 503", true) : null)).isNull();
        assertThat(tries).hasValue(3);
    }

    @Test
    void aFailureThatLastsSaysHowOftenItWasTried() throws InterruptedException {
        assertThat(Retried.deliver(TWO_RETRIES, () -> new Retried.Failure("HTTP 503", true))).isEqualTo("HTTP 503 after 3 tries");
    }

    @Test
    void aRefusalIsNotTriedAgain() throws InterruptedException {
        AtomicInteger tries = new AtomicInteger();
        assertThat(Retried.deliver(TWO_RETRIES, () -> {
            tries.incrementAndGet();
            return new Retried.Failure("HTTP 404", false);
        })).isEqualTo("HTTP 404");
        assertThat(tries).hasValue(1);
    }
}
