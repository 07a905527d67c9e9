// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.veille.store.ArticleStore;

/**
 * Runs each topic's alert rules ({@link TopicAlerts}) on its articles in the store and delivers what they raise: the
 * memory and the latest alerts saved first ({@link AlertState}), then each topic's Atom feed rewritten
 * ({@link AlertFeed}), then each alert posted to the topic's webhook ({@link Webhook}) and e-mailed to its addresses
 * ({@link Mailer}). A delivery that fails is one fault line; the alert stays in the feed. Called by one thread at a time.
 */
public final class Alerter implements AutoCloseable {

    /** How often a running watch runs the rules. */
    public static final Duration EVERY = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<WatchConfig.Topic> topics;
    private final ArticleStore store;
    private final Path storeDir;
    private final AlertState state;
    private final Webhook webhook;
    /** Null when the configuration names no SMTP server (then no topic e-mails: {@link WatchConfig} checks it). */
    private final Mailer mailer;
    private final Watcher.Report report;

    private Alerter(List<WatchConfig.Topic> topics, ArticleStore store, Path storeDir, AlertState state, Webhook webhook,
                    Mailer mailer, Watcher.Report report) {
        this.topics = topics;
        this.store = store;
        this.storeDir = storeDir;
        this.state = state;
        this.webhook = webhook;
        this.mailer = mailer;
        this.report = report;
    }

    /** The alerter of the configuration's topics, its memory read from the store's folder. */
    public static Alerter open(WatchConfig config, ArticleStore store, Path storeDir, Watcher.Report report) throws IOException {
        return new Alerter(config.topics(), store, storeDir, AlertState.load(storeDir), new Webhook(config.http()),
                config.smtp() == null ? null : new Mailer(config.smtp(), config.http()), report);
    }

    /** Runs every topic's rules as of {@code now} and delivers the alerts; returns them. */
    public List<Alert> check(Instant now) throws InterruptedException {
        List<Alert> raised = new ArrayList<>();
        List<List<Alert>> perTopic = new ArrayList<>();
        for (WatchConfig.Topic topic : topics) {
            TopicReport articles = TopicReport.of(topic, store, 0, TopicReport.Per.DAY);
            List<Alert> alerts = TopicAlerts.find(topic, articles.articles(), state.memory(topic.name()), now);
            state.raised(topic.name(), alerts);
            perTopic.add(alerts);
            raised.addAll(alerts);
        }
        try {
            state.save();
        } catch (IOException e) {
            report.fault("alerts", "cannot write " + AlertState.FILE + ": " + e.getMessage());
        }
        for (int i = 0; i < topics.size(); i++) {
            WatchConfig.Topic topic = topics.get(i);
            try {
                if (!perTopic.get(i).isEmpty() || !Files.exists(AlertFeed.of(storeDir, topic.name()))) {
                    AlertFeed.write(storeDir, topic.name(), state.recent(topic.name()), now);
                }
            } catch (IOException e) {
                report.fault("topic " + topic.name(), "cannot write its alert feed: " + e.getMessage());
            }
            for (Alert a : perTopic.get(i)) {
                if (topic.webhook() != null) {
                    String failure = webhook.post(topic.webhook(), json(a));
                    if (failure != null) report.fault(topic.webhook(), "alert " + a.id() + " of topic " + topic.name() + " not delivered: " + failure);
                }
                if (!topic.email().isEmpty()) {
                    String failure = mailer.send(topic.email(), a);
                    if (failure != null) report.fault("e-mail of topic " + topic.name(), "alert " + a.id() + " not delivered: " + failure);
                }
            }
        }
        return raised;
    }

    private static String json(Alert a) {
        try {
            return JSON.writeValueAsString(a.row());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert " + a.id(), e);
        }
    }

    @Override
    public void close() {
        webhook.close();
    }
}
