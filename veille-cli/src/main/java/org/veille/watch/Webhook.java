// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Alerts posted as JSON to a topic's address: tried again with the watch's backoff ({@link HttpPolicy#backoff()},
 * doubled each time, {@link HttpPolicy#retries()} times) on a 5xx answer or a network failure; any 2xx is delivered.
 */
final class Webhook implements AutoCloseable {

    private final HttpPolicy policy;
    private final HttpClient client;

    Webhook(HttpPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Posts {@code json} to {@code url}; null when delivered, else why not, in plain words. */
    String post(String url, String json) throws InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(policy.readTimeout())
                    .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", HttpPolicy.USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        } catch (IllegalArgumentException e) {
            return "not an address: " + e.getMessage();
        }
        String failure = null;
        for (int attempt = 0; attempt <= policy.retries(); attempt++) {
            if (attempt > 0) Thread.sleep(policy.backoff().multipliedBy(1L << (attempt - 1)));
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) return null;
                failure = "HTTP " + status;
                if (status < 500) return failure; // refused: asking again will not help
            } catch (IOException e) {
                failure = e instanceof java.net.ConnectException ? "connection refused or unreachable"
                        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        return failure + " after " + (policy.retries() + 1) + " tries";
    }

    @Override
    public void close() {
        client.close();
    }
}
