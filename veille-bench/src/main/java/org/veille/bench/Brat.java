// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.analyze.Span;

/**
 * A brat standoff file ({@code .ann}): text-bound mentions ({@code T}), events ({@code E}) and relations
 * ({@code R}); other lines (notes, attributes) are not read. Offsets, which brat counts in code points, are
 * turned into the UTF-16 offsets of the document's Java string.
 */
record Brat(Map<String, Mention> mentions, List<Event> events, List<Relation> relations) {

    /** A {@code T} line: a typed stretch of the text. */
    record Mention(String id, String type, Stretch stretch) {
    }

    /** An {@code E} line: a trigger and its role arguments, role → mention id. */
    record Event(String id, Map<String, String> arguments) {
        Event {
            arguments = Map.copyOf(arguments);
        }
    }

    /** An {@code R} line: a typed relation from {@code arg1} to {@code arg2} (mention ids). */
    record Relation(String type, String arg1, String arg2) {
    }

    Brat {
        mentions = Map.copyOf(mentions);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
    }

    /** Reads {@code ann}, whose offsets point into {@code text}. */
    static Brat read(Path ann, String text) {
        try {
            return parse(Files.readAllLines(ann, StandardCharsets.UTF_8), new CodePoints(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ann, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ann + ": " + e.getMessage(), e);
        }
    }

    static Brat parse(List<String> lines, CodePoints offsets) {
        Map<String, Mention> mentions = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String[] cells = lines.get(n).split("\t");
            if (cells.length < 2 || cells[0].isEmpty()) continue;
            String[] head = cells[1].trim().split(" ");
            switch (cells[0].charAt(0)) {
                case 'T' -> {
                    try {
                        mentions.put(cells[0], new Mention(cells[0], head[0], stretch(cells[1], offsets)));
                    } catch (RuntimeException e) { // a number that is none, a range without its end
                        throw new IllegalArgumentException("line " + (n + 1) + ": bad offsets in \"" + cells[1] + "\"", e);
                    }
                }
                case 'E' -> events.add(new Event(cells[0], arguments(head)));
                case 'R' -> {
                    Map<String, String> args = arguments(head);
                    if (args.containsKey("Arg1") && args.containsKey("Arg2")) {
                        relations.add(new Relation(head[0], args.get("Arg1"), args.get("Arg2")));
                    }
                }
                default -> { }
            }
        }
        return new Brat(mentions, events, relations);
    }

    /** "Type 3 9;14 20" → the parts 3..9 and 14..20. */
    private static Stretch stretch(String typeAndOffsets, CodePoints offsets) {
        String ranges = typeAndOffsets.substring(typeAndOffsets.indexOf(' ') + 1);
        List<Span> parts = new ArrayList<>();
        for (String range : ranges.split(";")) {
            String[] bounds = range.trim().split(" ");
            parts.add(new Span(offsets.chars(Integer.parseInt(bounds[0])), offsets.chars(Integer.parseInt(bounds[1]))));
        }
        return new Stretch(parts);
    }

    /** "Role:T3 Other:T4" (an event's first item is its trigger "Attribution:T4", kept under its type). */
    private static Map<String, String> arguments(String[] items) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String item : items) {
            int colon = item.indexOf(':');
            if (colon > 0) args.putIfAbsent(item.substring(0, colon), item.substring(colon + 1));
        }
        return args;
    }

    /** The mentions of one type, in text order. */
    List<Mention> ofType(String type) {
        return mentions.values().stream().filter(m -> m.type().equals(type))
                .sorted(Comparator.comparingInt(m -> m.stretch().start())).toList();
    }
}
