// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.time.Duration;

/**
 * How the watcher talks to web servers: every limit of {@link Fetcher}, the defaults as named constants. A watch
 * configuration may change them (its {@code "http"} object); tests shorten them. Immutable.
 *
 * @param connectTimeout the longest a connection may take to open
 * @param readTimeout    the longest a response may take, headers and body together
 * @param politeness     the least time between two requests to one host
 * @param retries        tries after the first on a 5xx answer, a timeout, a body cut short or one that is not text
 * @param backoff        the wait before the first retry, doubled before each next one
 * @param maxRedirects   redirects followed before giving up
 * @param maxBytes       the most bytes read of one body; reading stops past it
 */
public record HttpPolicy(Duration connectTimeout, Duration readTimeout, Duration politeness, int retries,
                         Duration backoff, int maxRedirects, long maxBytes) {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** One request a second to a host at most: a watcher is a guest. */
    public static final Duration POLITENESS_DELAY = Duration.ofSeconds(1);
    public static final int RETRIES = 2;
    public static final Duration BACKOFF = Duration.ofSeconds(2);
    public static final int MAX_REDIRECTS = 5;
    /** 10 MiB: news pages weigh far less; a larger body is not an article. */
    public static final long MAX_BYTES = 10L << 20;
    /** What the watcher calls itself, to servers and to robots.txt. */
    public static final String USER_AGENT = "Veille/0.1 (news monitoring)";
    /** The product token robots.txt groups are matched against. */
    public static final String ROBOTS_TOKEN = "veille";

    public HttpPolicy {
        if (connectTimeout.isNegative() || connectTimeout.isZero()) throw new IllegalArgumentException("connect timeout must be positive");
        if (readTimeout.isNegative() || readTimeout.isZero()) throw new IllegalArgumentException("read timeout must be positive");
        if (politeness.isNegative()) throw new IllegalArgumentException("politeness delay must not be negative");
        if (retries < 0 || retries > 10) throw new IllegalArgumentException("retries must be from 0 to 10");
        if (backoff.isNegative()) throw new IllegalArgumentException("backoff must not be negative");
        if (maxRedirects < 0 || maxRedirects > 20) throw new IllegalArgumentException("redirects must be from 0 to 20");
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("max bytes must be from 1 to 2 GiB");
    }

    /** The defaults above. */
    public static HttpPolicy defaults() {
        return new HttpPolicy(CONNECT_TIMEOUT, READ_TIMEOUT, POLITENESS_DELAY, RETRIES, BACKOFF, MAX_REDIRECTS, MAX_BYTES);
    }
}
