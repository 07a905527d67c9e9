// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the translations out of one FreeDict definition as dictd serves it:
 * <pre>
 * abandonner /abɑ̃dɔne/ &lt;v&gt;
 * 1. cede, give in, give up
 * 2. abandon, forsake
 * </pre>
 * A definition may hold several headwords one after the other (FreeDict's German groups a word with its
 * synonyms); the one asked for is used, else the first. Sense numbers, grammar ({@code <n>}), labels
 * ({@code [Br.]}) and glosses in brackets are dropped; lines of cross-references, synonyms and notes are
 * skipped; a translation FreeDict glued together ("PacificOcean") is cut at its inner capital. Stateless.
 */
final class FreeDictEntry {

    /** Lines that are no translation: "see: {x}", "Synonyms: {y}", "Note: ...". */
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*(?:see|Synonyms?|Antonyms?|Note|Notes|Example|Examples)\\s*:");

    private FreeDictEntry() {
    }

    /** The translations of {@code headword} (a dictd index key) in one definition, in the dictionary's order, each once. */
    static List<String> translations(String definition, String headword) {
        String[] lines = definition.split("\n");
        int start = headLine(lines, headword);
        Set<String> out = new LinkedHashSet<>();
        for (int i = start + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || head(line) != null) break;
            if (LABEL_LINE.matcher(line).find() || line.stripLeading().startsWith("\"")) continue; // labels, quoted examples
            split(line, out);
        }
        return new ArrayList<>(out);
    }

    /**
     * Adds the translations of one line to {@code out}: sense number, brackets and the text between slashes
     * dropped, cut at commas and semicolons, white space collapsed, glued words ("PacificOcean") cut at their
     * inner capital. Written out rather than as regular expressions: it runs on every line of a 100 MB dictionary.
     */
    static void split(String line, Set<String> out) {
        String text = line.strip();
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) i++;
        i = i > 0 && i < text.length() && text.charAt(i) == '.' ? i + 1 : 0;
        StringBuilder word = new StringBuilder();
        char closing = 0;
        boolean skip = false;
        for (; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (closing != 0) {
                if (c == closing) closing = 0;
                continue;
            }
            if (skip && c != ',' && c != ';') continue;
            switch (c) {
                case '<' -> { // grammar ends a translation; what follows it before the next comma is an abbreviation ("government <n> Gov.")
                    String translation = word.toString().strip();
                    if (!translation.isEmpty()) out.add(translation);
                    word.setLength(0);
                    closing = '>';
                    skip = true;
                }
                case '[' -> closing = ']';
                case '(' -> closing = ')';
                case '{' -> closing = '}';
                case '/' -> closing = '/';
                case ',', ';' -> {
                    skip = false;
                    String translation = word.toString().strip();
                    if (!translation.isEmpty()) out.add(translation);
                    word.setLength(0);
                }
                default -> {
                    if (Character.isWhitespace(c)) {
                        if (!word.isEmpty() && word.charAt(word.length() - 1) != ' ') word.append(' ');
                    } else {
                        if (Character.isUpperCase(c) && !word.isEmpty() && Character.isLowerCase(word.charAt(word.length() - 1))) word.append(' ');
                        word.append(c);
                    }
                }
            }
            if (closing != 0 && !word.isEmpty() && word.charAt(word.length() - 1) != ' ') word.append(' ');
        }
    }

    /** The printed form of the headword a definition starts with ("Abfallbehälter" of {@code abfallbehälter}), or null. */
    static String printedHead(String definition, String headword) {
        String[] lines = definition.split("\n");
        return head(lines[headLine(lines, headword)]);
    }

    /** The line that starts {@code headword}'s entry: the first head line whose headword is it, else line 0. */
    private static int headLine(String[] lines, String headword) {
        for (int i = 0; i < lines.length; i++) {
            String head = head(lines[i]);
            if (head != null && key(head).equals(headword)) return i;
        }
        return 0;
    }

    /**
     * The headword of a headword line (the headword, its pronunciation between slashes, maybe its grammar in
     * angle brackets: "abaque /abak/ &lt;n, masc&gt;"), or null for any other line. Written out rather than as a
     * regular expression: it runs on every line of a 100 MB dictionary.
     */
    static String head(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) return null;
        int open = line.indexOf(" /");
        if (open <= 0) return null;
        int close = line.indexOf('/', open + 2);
        if (close < 0) return null;
        String rest = line.substring(close + 1).strip();
        if (!rest.isEmpty() && !(rest.startsWith("<") && rest.endsWith(">") && rest.indexOf('>') == rest.length() - 1)) return null;
        return line.substring(0, open).strip();
    }

    /** A word or phrase as dictd indexes it: lower case, letters, digits and single spaces only (accents kept). */
    static String key(String word) {
        StringBuilder out = new StringBuilder(word.length());
        String lower = word.toLowerCase(Locale.ROOT);
        boolean space = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (space && !out.isEmpty()) out.append(' ');
                space = false;
                out.appendCodePoint(c);
            } else if (Character.isWhitespace(c)) {
                space = true;
            }
        }
        return out.toString();
    }
}
