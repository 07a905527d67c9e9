// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

/**
 * A delivery tried again with the watch's backoff ({@link HttpPolicy#backoff()}, doubled before each next try,
 * {@link HttpPolicy#retries()} times) while its failure may pass: what the webhook and the mailer share.
 */
final class Retried {

    /** Why one try failed, and whether trying again may help (a server down may come back; a refusal will not). */
    record Failure(String reason, boolean mayPass) {}

    /** One try: null when delivered. */
    @FunctionalInterface
    interface Attempt {
        Failure run() throws InterruptedException;
    }

    private Retried() {}

    /** Null when a try delivered, else why not, in plain words. */
    static String deliver(HttpPolicy policy, Attempt attempt) throws InterruptedException {
        Failure failure = null;
        for (int tried = 0; tried <= policy.retries(); tried++) {
            if (tried > 0) Thread.sleep(policy.backoff().multipliedBy(1L << (tried - 1)));
            failure = attempt.run();
            if (failure == null) return null;
            if (!failure.mayPass()) return failure.reason();
        }
        return failure.reason() + " after " + (policy.retries() + 1) + " tries";
    }
}
