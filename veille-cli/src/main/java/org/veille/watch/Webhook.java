// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Alerts posted as JSON to a topic's address: tried again ({@link Retried}) on a 5xx answer or a network failure;
 * any 2xx is delivered.
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
        return Retried.deliver(policy, () -> {
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) return null;
                return new Retried.Failure("HTTP " + status, status >= 500); // a 4xx is a refusal: asking again will not help
            } catch (IOException e) {
                return new Retried.Failure(e instanceof java.net.ConnectException ? "connection refused or unreachable"
                        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), true);
            }
        });
    }

    @Override
    public void close() {
        client.close();
    }
}
