// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One host's robots.txt rules for Veille (RFC 9309): the group naming {@link HttpPolicy#ROBOTS_TOKEN}, else the
 * {@code *} group; the longest matching Allow or Disallow path decides, Allow winning a tie; {@code *} and a final
 * {@code $} as the RFC defines them. (An unreadable robots.txt is no {@code Robots}: {@link Fetcher} then fetches
 * nothing from the host.) Immutable.
 */
final class Robots {

    /** Everything allowed: robots.txt missing (4xx) or empty. */
    static final Robots ALLOW_ALL = new Robots(List.of());

    private record Rule(boolean allow, String path, Pattern pattern) {}

    private final List<Rule> rules;

    private Robots(List<Rule> rules) {
        this.rules = rules;
    }

    static Robots parse(String text) {
        List<Rule> mine = new ArrayList<>(), any = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        boolean sawMine = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    if (inRules) agents.clear();
                    inRules = false;
                    agents.add(value.toLowerCase(Locale.ROOT));
                }
                case "allow", "disallow" -> {
                    inRules = true;
                    if (value.isEmpty()) continue;
                    Rule rule = new Rule(key.equals("allow"), value, pattern(value));
                    for (String agent : agents) {
                        if (agent.contains(HttpPolicy.ROBOTS_TOKEN)) {
                            mine.add(rule);
                            sawMine = true;
                        } else if (agent.equals("*")) {
                            any.add(rule);
                        }
                    }
                }
                default -> { } // sitemap, crawl-delay and others are not rules
            }
        }
        return new Robots(List.copyOf(sawMine ? mine : any));
    }

    /** Whether Veille may fetch {@code path} (with its query, as the RFC matches it). */
    boolean allows(String path) {
        Rule best = null;
        for (Rule r : rules) {
            if (!r.pattern.matcher(path).lookingAt()) continue;
            if (best == null || r.path.length() > best.path.length() || r.path.length() == best.path.length() && r.allow) best = r;
        }
        return best == null || best.allow;
    }

    private static Pattern pattern(String path) {
        boolean anchored = path.endsWith("$");
        String body = anchored ? path.substring(0, path.length() - 1) : path;
        StringBuilder regex = new StringBuilder();
        String[] parts = body.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) regex.append(".*");
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex + (anchored ? "$" : ""));
    }
}
