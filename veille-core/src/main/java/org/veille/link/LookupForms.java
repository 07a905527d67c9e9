// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms a dictionary lists a word under, when it lacks the word as printed: a dictionary gives "annuler",
 * "personne", "national", a news text prints "annulés", "personnes", "nationaux". Each language's endings are
 * rewritten by the rules of {@code lookup-forms-<lang>.txt} beside this class ({@code ending TAB replacement}, tried
 * in the file's order, longest endings first), each rule once, never chained; a language without a file has none.
 * Read once, immutable, thread-safe.
 */
final class LookupForms {

    /**
     * Languages looked for; adding one means adding its file and naming it here. German has none: FreeDict's German
     * lists inflected forms itself, and stripping endings linked one more different-story pair of 52 on the tuning
     * half of {@code veille bench stories-pairs} without linking one more same-story pair.
     */
    static final List<String> LANGUAGES = List.of("fr", "es");
    /** A rewritten form shorter than this is no word of its own ("as" from "ases"). */
    static final int MIN_FORM = 3;

    /** No rewriting: a dictionary looked up with words as printed. */
    static final LookupForms NONE = new LookupForms(Map.of());

    private static final LookupForms STANDARD = load();

    private record Rule(String ending, String replacement) {}

    private final Map<String, List<Rule>> rules;

    private LookupForms(Map<String, List<Rule>> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** The rules of the files beside this class. */
    static LookupForms standard() {
        return STANDARD;
    }

    /** The forms to look a word of {@code language} up under, in order, after the word itself failed. */
    List<String> forms(String language, String word) {
        List<String> out = new ArrayList<>(2);
        for (Rule r : rules.getOrDefault(language, List.of())) {
            if (!word.endsWith(r.ending)) continue;
            String form = word.substring(0, word.length() - r.ending.length()) + r.replacement;
            if (form.length() >= MIN_FORM && !out.contains(form)) out.add(form);
        }
        return out;
    }

    private static LookupForms load() {
        Map<String, List<Rule>> rules = new HashMap<>();
        for (String language : LANGUAGES) {
            InputStream in = LookupForms.class.getResourceAsStream("lookup-forms-" + language + ".txt");
            if (in == null) continue;
            List<Rule> list = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] fields = line.split("\t", -1);
                    if (fields.length != 2 || fields[0].isEmpty()) {
                        throw new IllegalStateException("lookup-forms-" + language + ".txt: not 'ending TAB replacement': " + line);
                    }
                    list.add(new Rule(fields[0].strip(), fields[1].strip()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lookup-forms-" + language + ".txt", e);
            }
            rules.put(language, List.copyOf(list));
        }
        return new LookupForms(rules);
    }
}
