// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veille.extract.Article;
import org.veille.store.StoredArticle;

/**
 * A story's provenance graph as SVG drawn on the server: its articles as dots in the order the story lists them (first
 * report first), one lane per outlet, each dot a link to its article with its title, outlet and date as tooltip; an
 * arrow from each copy, translation or crediting article to the article of the story it repeats, translates or
 * credits, coloured by relation. Who copied whom reads at a glance: arrows point back in time, to the left. No
 * script and no style attribute: the page's policy allows neither.
 */
final class ProvenanceGraph {

    /** Articles drawn at most: those the arrows join first, then the earliest; a wider story would be a smear of dots. */
    static final int MAX_ARTICLES = 120;
    /** Outlets given a lane of their own, the first to publish first; the others share the last lane. */
    static final int MAX_LANES = 12;
    private static final int WIDTH = 720, LEFT = 170, RIGHT = 16, TOP = 30, LANE = 24, BOTTOM = 12, DOT = 5;
    /** The widest gap between two dots: a story of three articles is not stretched across the page. */
    private static final double MAX_STEP = 120;
    /** How much higher each further arc between the same two articles rises. */
    private static final double ARC_SPACING = 12;
    private static final String OTHER_LANE = "other outlets";
    /** Characters of an outlet's name that fit in the lanes' margin. */
    private static final int MAX_LANE_LABEL = 26;
    private static final Map<String, String> COLOURS = Map.of(
            StoryDetail.REPEATS, "#e63946", StoryDetail.REPUBLICATION_OF, "#1d3557", "translated_from", "#2a9d8f",
            "republished_from", "#8d5a97", "source", "#f4a261", "cites", "#999999");
    private static final String OTHER_COLOUR = "#555555";

    private ProvenanceGraph() {}

    /** Draws the graph of {@code detail}'s edges that join two of its articles; nothing when none does. */
    static void draw(Html h, StoryDetail detail) {
        List<StoryDetail.Edge> arrows = detail.edges().stream().filter(e -> e.to() != null && !e.to().equals(e.from())).toList();
        if (arrows.isEmpty()) return;
        List<StoredArticle> shown = shown(detail.story().articles(), arrows);
        Map<String, Integer> column = new LinkedHashMap<>();
        for (StoredArticle a : shown) column.put(a.id(), column.size());
        Map<String, Integer> lanes = new LinkedHashMap<>(); // outlet → lane, the first to publish first
        boolean others = false;
        for (StoredArticle a : shown) {
            String outlet = Pages.publisher(a.analyzed().article());
            if (lanes.containsKey(outlet)) continue;
            if (lanes.size() < MAX_LANES) lanes.put(outlet, lanes.size());
            else others = true;
        }
        List<String> laneNames = new ArrayList<>(lanes.keySet());
        if (others) laneNames.add(OTHER_LANE);
        int laneCount = laneNames.size();
        int height = TOP + laneCount * LANE + BOTTOM;
        double step = shown.size() < 2 ? 0 : Math.min(MAX_STEP, (WIDTH - LEFT - RIGHT) / (double) (shown.size() - 1));
        String caption = "Who copied, translated or credited whom";
        h.raw("<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" role=\"img\" aria-label=\"").text(caption).raw("\"><title>").text(caption).raw("</title><defs>");
        Set<String> colours = new java.util.TreeSet<>(COLOURS.values()); // sorted: the same page twice is the same markup
        colours.add(OTHER_COLOUR);
        for (String c : colours) {
            h.raw("<marker id=\"arrow" + c.substring(1) + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                    + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + c + "\"/></marker>");
        }
        h.raw("</defs>");
        for (int lane = 0; lane < laneCount; lane++) {
            double y = TOP + lane * LANE + LANE / 2.0;
            h.raw(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>", LEFT, y, WIDTH - RIGHT, y));
            h.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">", LEFT - 8, y + 4))
                    .text(shorten(laneNames.get(lane))).raw("</text>");
        }
        Map<String, double[]> at = new LinkedHashMap<>();
        for (StoredArticle a : shown) {
            int lane = lanes.getOrDefault(Pages.publisher(a.analyzed().article()), MAX_LANES);
            at.put(a.id(), new double[] {LEFT + step * column.get(a.id()), TOP + lane * LANE + LANE / 2.0});
        }
        Map<String, Integer> drawnBetween = new java.util.HashMap<>(); // two relations of one pair: two arcs, not one
        for (StoryDetail.Edge e : arrows) {
            double[] from = at.get(e.from()), to = at.get(e.to());
            if (from == null || to == null) continue;
            String colour = COLOURS.getOrDefault(e.relation(), OTHER_COLOUR);
            int earlier = drawnBetween.merge(e.from() + " " + e.to(), 1, Integer::sum) - 1;
            double bend = Math.abs(from[0] - to[0]) * 0.25 + (from[1] == to[1] ? LANE * 0.6 : 0) // over the lane's other dots
                    + earlier * ARC_SPACING;
            h.raw(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\""
                            + " marker-end=\"url(#arrow%s)\"><title>", from[0], from[1], (from[0] + to[0]) / 2,
                    Math.min(from[1], to[1]) - bend, to[0] + (to[0] < from[0] ? DOT : -DOT), to[1], colour, colour.substring(1)))
                    .text(e.relation().replace('_', ' ') + (e.name() == null ? "" : " (" + e.name() + ")")
                            + (e.similarity() == null ? "" : String.format(Locale.ROOT, ", %.0f%% alike", 100 * e.similarity())))
                    .raw("</title></path>");
        }
        for (StoredArticle a : shown) {
            Article ar = a.analyzed().article();
            double[] p = at.get(a.id());
            h.raw("<a href=\"/articles/").text(Html.segment(a.id())).raw("\">")
                    .raw(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"#1d3557\"><title>", p[0], p[1], DOT))
                    .text(String.join(" · ", Pages.present(ar.title(), Pages.publisher(ar), ar.published()))).raw("</title></circle></a>");
        }
        h.raw("</svg><figcaption>").text(caption + ": each arrow goes from an article to the one it repeats, translates or credits");
        if (shown.size() < detail.story().articles().size()) h.text(" (" + shown.size() + " of " + detail.story().articles().size() + " articles)");
        h.raw("<ul class=\"legend\">");
        for (String relation : relations(arrows)) {
            String colour = COLOURS.getOrDefault(relation, OTHER_COLOUR);
            h.raw("<li><svg class=\"key\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\" fill=\"")
                    .raw(colour).raw("\"/></svg> ").text(relation.replace('_', ' ')).raw("</li>");
        }
        h.raw("</ul></figcaption></figure>");
    }

    /** The articles drawn, in the story's order: all of them, or those arrows join and then the earliest, to the cap. */
    private static List<StoredArticle> shown(List<StoredArticle> articles, List<StoryDetail.Edge> arrows) {
        if (articles.size() <= MAX_ARTICLES) return articles;
        Set<String> joined = new HashSet<>();
        for (StoryDetail.Edge e : arrows) {
            joined.add(e.from());
            joined.add(e.to());
        }
        Set<String> kept = new HashSet<>();
        for (StoredArticle a : articles) if (joined.contains(a.id()) && kept.size() < MAX_ARTICLES) kept.add(a.id());
        for (StoredArticle a : articles) if (kept.size() < MAX_ARTICLES) kept.add(a.id());
        return articles.stream().filter(a -> kept.contains(a.id())).toList();
    }

    private static List<String> relations(List<StoryDetail.Edge> arrows) {
        return arrows.stream().map(StoryDetail.Edge::relation).distinct().toList();
    }

    /** An outlet's name cut to fit the lanes' margin. */
    private static String shorten(String name) {
        return name.length() <= MAX_LANE_LABEL ? name : name.substring(0, MAX_LANE_LABEL - 1) + "…";
    }
}
