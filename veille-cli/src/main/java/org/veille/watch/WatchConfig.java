// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.veille.store.Facet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to watch, read from one JSON file:
 * <pre>{@code
 * {"sources": [{"url": "https://example.org/feed.xml", "every": "15m"},
 *              {"url": "https://example.org/news-sitemap.xml", "every": "1h"}],
 *  "http": {"timeout_seconds": 30, "connect_timeout_seconds": 10, "politeness_ms": 1000,
 *           "retries": 2, "backoff_ms": 2000, "max_redirects": 5, "max_bytes": 10485760},
 *  "smtp": {"host": "smtp.example.org", "port": 587, "from": "veille@example.org", "security": "starttls",
 *           "username": "veille", "password_env": "VEILLE_SMTP_PASSWORD"},
 *  "topics": [{"name": "barrage", "query": "barrage Sarnelle", "outlets": ["L'Écho de la Sarnelle"], "languages": ["fr"],
 *              "webhook": "https://hooks.example.org/veille", "email": ["desk@example.org"]}]}
 * }</pre>
 * A source is an RSS 2.0, RSS 1.0 or Atom feed, a sitemap (news sitemaps too) or a section page (an HTML page whose
 * article links are its items), told apart by its content; its
 * {@code every} is a whole number and a unit ({@code s}, {@code m}, {@code h}, {@code d}), {@value #DEFAULT_EVERY} when
 * left out, {@link #MIN_EVERY} at least. {@code "http"} and each of its keys may be left out: {@link HttpPolicy}'s
 * defaults. {@code "smtp"} ({@link MailServer}) is needed only by topics that e-mail their alerts. {@code "topics"}
 * may be left out: each is a {@link Topic}. Immutable.
 *
 * @param smtp the server alerts are e-mailed through, or null
 */
public record WatchConfig(List<Source> sources, HttpPolicy http, MailServer smtp, List<Topic> topics) {

    static final String DEFAULT_EVERY = "15m";
    /** No source is asked more often: a feed is not a chat. */
    static final Duration MIN_EVERY = Duration.ofSeconds(10);
    private static final Pattern EVERY = Pattern.compile("(\\d{1,6})\\s*([smhd])");
    private static final Set<String> KEYS = Set.of("sources", "http", "smtp", "topics");
    private static final Set<String> TOPIC_KEYS = Set.of("name", "query", "outlets", "languages", "entities", "quoting", "speakers",
            "webhook", "email");
    private static final Set<String> SMTP_KEYS = Set.of("host", "port", "from", "security", "username", "password_env");
    /** A topic's name is a file name too (its alerts' feed): letters, digits, '-' and '_'. */
    private static final Pattern TOPIC_NAME = Pattern.compile("[\\p{L}\\p{N}_-]{1,64}");
    private static final Set<String> SOURCE_KEYS = Set.of("url", "every");
    private static final Set<String> HTTP_KEYS = Set.of("timeout_seconds", "connect_timeout_seconds", "politeness_ms",
            "retries", "backoff_ms", "max_redirects", "max_bytes");

    /** One source to poll: a feed or sitemap's address, and how often. */
    public record Source(String url, Duration every) {}

    /** A configuration file that cannot be used, in plain words. */
    public static final class Invalid extends IOException {
        Invalid(String message) {
            super(message);
        }
    }

    /**
     * A saved query, watched as a named channel.
     *
     * @param name      its name: letters, digits, '-' and '_'
     * @param query     the store's search syntax ({@code "phrase"}, {@code +}, {@code |}, {@code -}, {@code prefix*})
     * @param outlets   the outlets it is limited to, as the store names them; empty: every outlet
     * @param languages the languages (ISO 639-1) it is limited to; empty: every language
     * @param entities  canonical names (as the store names them): only articles that mention one; empty: no such limit
     * @param quoting   speakers' canonical names: only articles that quote one; empty: no such limit
     * @param speakers  watched persons: a new statement by one of them in the topic's articles is an alert
     * @param webhook   where its alerts are posted as JSON (an http or https address), or null
     * @param email     the addresses its alerts are e-mailed to; empty: none
     */
    public record Topic(String name, String query, Set<String> outlets, Set<String> languages, Set<String> entities,
                        Set<String> quoting, Set<String> speakers, String webhook, Set<String> email) {
        public Topic {
            outlets = Set.copyOf(outlets);
            languages = Set.copyOf(languages);
            entities = Set.copyOf(entities);
            quoting = Set.copyOf(quoting);
            speakers = Set.copyOf(speakers);
            email = Set.copyOf(email);
        }

        /** What its articles are limited to, by facet, as {@link org.veille.store.ArticleStore#matching} takes it. */
        public Map<Facet, Set<String>> filters() {
            Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
            filters.put(Facet.OUTLET, outlets);
            filters.put(Facet.LANGUAGE, languages);
            filters.put(Facet.ENTITY, entities);
            filters.put(Facet.SPEAKER, quoting);
            return filters;
        }
    }

    public WatchConfig {
        sources = List.copyOf(sources);
        topics = List.copyOf(topics);
    }

    /** The topic of this name, if the configuration has one. */
    public java.util.Optional<Topic> topic(String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static WatchConfig read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new Invalid(file + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) throw new Invalid(file + ": not a JSON object");
        known(root, KEYS, file + "");
        JsonNode list = root.path("sources");
        if (!list.isArray() || list.isEmpty()) throw new Invalid(file + ": \"sources\" must be a non-empty list");
        List<Source> sources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode s : list) {
            String where = file + ": source " + (sources.size() + 1);
            if (!s.isObject()) throw new Invalid(where + ": not an object");
            known(s, SOURCE_KEYS, where);
            String url = s.path("url").asText("").strip();
            if (!url.startsWith("http://") && !url.startsWith("https://")) throw new Invalid(where + ": \"url\" must be an http or https address");
            if (!seen.add(url)) throw new Invalid(where + ": " + url + " is listed twice");
            sources.add(new Source(url, every(s.path("every").asText(DEFAULT_EVERY), where)));
        }
        MailServer smtp = smtp(root.path("smtp"), file + ": smtp");
        List<Topic> topics = topics(root.path("topics"), file + "");
        for (Topic t : topics) {
            if (!t.email().isEmpty() && smtp == null) {
                throw new Invalid(file + ": topic " + t.name() + " e-mails its alerts but there is no \"smtp\" server");
            }
        }
        return new WatchConfig(sources, http(root.path("http"), file + ": http"), smtp, topics);
    }

    /** The {@code "smtp"} object, or null without one; the password read from the variable it names. */
    private static MailServer smtp(JsonNode s, String where) throws Invalid {
        if (s.isMissingNode()) return null;
        if (!s.isObject()) throw new Invalid(where + ": not an object");
        known(s, SMTP_KEYS, where);
        String securityName = s.path("security").asText(MailServer.Security.STARTTLS.configName);
        MailServer.Security security = MailServer.Security.of(securityName);
        if (security == null) throw new Invalid(where + ": \"security\" must be none, starttls or tls");
        String from = address(s.path("from").asText(""), where + ": \"from\"");
        String username = s.hasNonNull("username") ? s.get("username").asText() : null;
        String password = null;
        if (username != null) {
            String variable = s.path("password_env").asText("");
            if (variable.isEmpty()) throw new Invalid(where + ": a \"username\" needs \"password_env\", the environment variable holding the password");
            password = System.getenv(variable);
            if (password == null) throw new Invalid(where + ": the environment variable " + variable + " (\"password_env\") is not set");
        }
        try {
            return new MailServer(s.path("host").asText("").strip(), (int) number(s, "port", security.defaultPort, where), from,
                    security, username, password);
        } catch (IllegalArgumentException e) {
            throw new Invalid(where + ": " + e.getMessage());
        }
    }

    /** One e-mail address, as RFC 822 allows it. */
    private static String address(String text, String where) throws Invalid {
        try {
            return new InternetAddress(text.strip(), true).getAddress();
        } catch (AddressException e) {
            throw new Invalid(where + ": not an e-mail address: " + text.strip());
        }
    }

    private static List<Topic> topics(JsonNode list, String file) throws Invalid {
        if (list.isMissingNode()) return List.of();
        if (!list.isArray()) throw new Invalid(file + ": \"topics\" must be a list");
        List<Topic> topics = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode t : list) {
            String where = file + ": topic " + (topics.size() + 1);
            if (!t.isObject()) throw new Invalid(where + ": not an object");
            known(t, TOPIC_KEYS, where);
            String name = t.path("name").asText("");
            if (!TOPIC_NAME.matcher(name).matches()) throw new Invalid(where + ": \"name\" must be 1 to 64 letters, digits, '-' or '_'");
            if (!names.add(name)) throw new Invalid(where + ": " + name + " is named twice");
            String query = t.path("query").asText("").strip();
            if (query.isEmpty()) throw new Invalid(where + ": \"query\" must not be empty");
            String webhook = t.hasNonNull("webhook") ? t.get("webhook").asText().strip() : null;
            if (webhook != null && !webhook.startsWith("http://") && !webhook.startsWith("https://")) {
                throw new Invalid(where + ": \"webhook\" must be an http or https address");
            }
            Set<String> email = new HashSet<>();
            for (String a : strings(t, "email", where)) email.add(address(a, where + ": \"email\""));
            topics.add(new Topic(name, query, strings(t, "outlets", where), strings(t, "languages", where),
                    strings(t, "entities", where), strings(t, "quoting", where), strings(t, "speakers", where), webhook, email));
        }
        return topics;
    }

    /** An optional list of strings, as a set. */
    private static Set<String> strings(JsonNode object, String key, String where) throws Invalid {
        JsonNode list = object.path(key);
        if (list.isMissingNode()) return Set.of();
        if (!list.isArray()) throw new Invalid(where + ": \"" + key + "\" must be a list of strings");
        Set<String> out = new HashSet<>();
        for (JsonNode n : list) {
            if (!n.isTextual() || n.asText().isBlank()) throw new Invalid(where + ": \"" + key + "\" must be a list of strings");
            out.add(n.asText().strip());
        }
        return out;
    }

    private static Duration every(String text, String where) throws Invalid {
        Matcher m = EVERY.matcher(text.strip());
        if (!m.matches()) throw new Invalid(where + ": \"every\" must be a number and s, m, h or d, as \"15m\"");
        long n = Long.parseLong(m.group(1));
        Duration every = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (every.compareTo(MIN_EVERY) < 0) throw new Invalid(where + ": \"every\" must be " + MIN_EVERY.toSeconds() + "s at least");
        return every;
    }

    private static HttpPolicy http(JsonNode h, String where) throws Invalid {
        HttpPolicy d = HttpPolicy.defaults();
        if (h.isMissingNode()) return d;
        if (!h.isObject()) throw new Invalid(where + ": not an object");
        known(h, HTTP_KEYS, where);
        try {
            return new HttpPolicy(
                    Duration.ofSeconds(number(h, "connect_timeout_seconds", d.connectTimeout().toSeconds(), where)),
                    Duration.ofSeconds(number(h, "timeout_seconds", d.readTimeout().toSeconds(), where)),
                    Duration.ofMillis(number(h, "politeness_ms", d.politeness().toMillis(), where)),
                    (int) number(h, "retries", d.retries(), where),
                    Duration.ofMillis(number(h, "backoff_ms", d.backoff().toMillis(), where)),
                    (int) number(h, "max_redirects", d.maxRedirects(), where),
                    number(h, "max_bytes", d.maxBytes(), where));
        } catch (IllegalArgumentException e) {
            throw new Invalid(where + ": " + e.getMessage());
        }
    }

    private static long number(JsonNode h, String key, long otherwise, String where) throws Invalid {
        JsonNode n = h.get(key);
        if (n == null) return otherwise;
        if (!n.canConvertToLong() || !n.isIntegralNumber()) throw new Invalid(where + ": \"" + key + "\" must be a whole number");
        return n.asLong();
    }

    private static void known(JsonNode object, Set<String> keys, String where) throws Invalid {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) throw new Invalid(where + ": unknown key \"" + name + "\" (known: " + String.join(", ", keys.stream().sorted().toList()) + ")");
        }
    }
}
